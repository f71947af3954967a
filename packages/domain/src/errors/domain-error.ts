/** The small set of failures the domain reports; the API edge maps each kind to a transport code. */
export type DomainErrorKind = 'not-found' | 'invalid' | 'conflict' | 'forbidden';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The input field at fault, as a dotted path (`target`, `questions.3.at`). */
    readonly field?: string,
    /** The closest valid values, for "did you mean". */
    readonly suggestions: readonly string[] = [],
  ) {
    super(message);
  }
}
