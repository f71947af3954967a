import { DomainError, describeIssues, issueField } from '@hutong/domain';
import type { z } from 'zod';

/** Parses a caller's input, turning a schema failure into the domain's `invalid` error at the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, at = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new DomainError('invalid', describeIssues([issue], { at }), issueField(issue, at) || undefined);
}
