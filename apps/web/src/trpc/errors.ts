import { TRPCClientError } from '@hutong/client';

interface ErrorData {
  code?: string;
  httpStatus?: number;
  field?: string | null;
  fieldErrors?: Record<string, string[] | undefined> | null;
  suggestions?: string[];
  /** On a CONFLICT: the entity's current revision (its number, or the revision itself). */
  current?: unknown;
}

/** The server's error formatter names the field a failure belongs to; this reads it back. */
export function errorData(error: unknown): ErrorData {
  if (error instanceof TRPCClientError && error.data && typeof error.data === 'object')
    return error.data as ErrorData;
  return {};
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Per-field messages from a server error, keyed by the dotted field path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const data = errorData(error);
  const out: Record<string, string> = {};
  for (const [field, messages] of Object.entries(data.fieldErrors ?? {}))
    if (messages?.[0]) out[field] = messages[0];
  if (data.field && !out[data.field]) out[data.field] = errorMessage(error);
  return out;
}

/** Client-side mistakes (bad input, unknown id) are not worth retrying. */
export function isClientError(error: unknown): boolean {
  const code = errorData(error).code;
  return code === 'BAD_REQUEST' || code === 'NOT_FOUND' || code === 'UNAUTHORIZED' || code === 'FORBIDDEN';
}
