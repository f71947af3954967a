import { DomainError, type DomainErrorKind } from '@hutong/domain';
import { TRPCError } from '@trpc/server';

const CODES = {
  'not-found': 'NOT_FOUND',
  invalid: 'BAD_REQUEST',
  conflict: 'CONFLICT',
  forbidden: 'FORBIDDEN',
} as const satisfies Record<DomainErrorKind, TRPCError['code']>;

/** The one place domain failures become transport codes. */
export function toTrpcError(err: DomainError): TRPCError {
  const prefix = err.field ? `${err.field}: ` : '';
  const hint = err.suggestions.length ? ` — did you mean ${err.suggestions.join(', ')}?` : '';
  return new TRPCError({ code: CODES[err.kind], message: `${prefix}${err.message}${hint}`, cause: err });
}

export { DomainError };
