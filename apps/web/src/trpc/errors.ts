import { readError } from '@hutong/client';

export function errorMessage(error: unknown): string {
  return readError(error).message;
}

/** Per-field messages from a server error, keyed by the dotted field path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, messages] of Object.entries(readError(error).fieldErrors))
    if (messages[0]) out[field] = messages[0];
  return out;
}

/** Client-side mistakes (bad input, unknown id) are not worth retrying. */
export function isClientError(error: unknown): boolean {
  const { code } = readError(error);
  return code === 'BAD_REQUEST' || code === 'NOT_FOUND' || code === 'UNAUTHORIZED' || code === 'FORBIDDEN';
}
