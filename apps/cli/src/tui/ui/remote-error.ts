import { isHutongError, readError } from '@hutong/client';

const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
};

/** Why the request never got an answer: a network error code (ECONNREFUSED, …) or the deepest cause. */
function networkReason(err: unknown): string | null {
  let reason: string | null = null;
  for (let e = err, depth = 0; e instanceof Error && depth < 6; e = e.cause, depth++) {
    const code = 'code' in e ? e.code : undefined;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return NETWORK[code] ?? code;
    if (depth > 0 && !/fetch failed/i.test(e.message)) reason = e.message;
  }
  return reason;
}

/** One sentence for a failed request: what went wrong and where, never a stack trace. */
export function describeError(err: unknown, where: string): string {
  if (isHutongError(err)) {
    const { code } = readError(err);
    if (code === 'BAD_REQUEST' || code === 'NOT_FOUND') return err.message;
    if (code) return `${where} answered an error (${code}): ${err.message}`;
    if (/fetch failed|ECONNREFUSED|network/i.test(err.message)) {
      const why = networkReason(err);
      return `cannot reach the hutong server at ${where}${why ? ` (${why})` : ''}`;
    }
    return `${where} did not answer as a hutong server does: ${err.message}`;
  }
  return err instanceof Error ? err.message : String(err);
}
