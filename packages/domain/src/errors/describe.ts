import type { DomainError } from './domain-error';

/** What a schema issue says, whatever produced it (zod's `$ZodIssue` has this shape). */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** An issue's place as a dotted path: `edits.0.body.changes.1.target`. */
export const issuePath = (issue: Pick<SchemaIssue, 'path'>): string => issue.path.map(String).join('.');

/** Where an issue is, below `at` (the value's own place in a larger input, if any). */
export const issueField = (issue: Pick<SchemaIssue, 'path'>, at = ''): string =>
  [at, issuePath(issue)].filter(Boolean).join('.');

/**
 * `field: message` for each issue (the first `limit`), joined by `; `: the one text form of a schema
 * failure. Paths are below `at` when given; an issue about the whole value is named `root` when
 * given, else by its message alone.
 */
export function describeIssues(
  issues: readonly SchemaIssue[],
  {
    limit = Number.POSITIVE_INFINITY,
    root = '',
    at = '',
  }: { limit?: number; root?: string; at?: string } = {},
): string {
  return issues
    .slice(0, limit)
    .map((i) => {
      const path = issueField(i, at) || root;
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');
}

/** A domain failure's message with its "did you mean" hint: the one place the hint is worded. */
export function withSuggestions(err: Pick<DomainError, 'message' | 'suggestions'>): string {
  const hint = err.suggestions.length ? ` — did you mean ${err.suggestions.join(', ')}?` : '';
  return `${err.message}${hint}`;
}
