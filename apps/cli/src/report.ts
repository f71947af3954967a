import { isHutongError, readError } from '@hutong/client';
import type { Io } from './command-context';
import { UsageError } from './usage-error';

/** One line on stderr: bad arguments and unknown ids exit 2, an unreachable or failing server 1. */
export function report(err: unknown, io: Io): number {
  if (err instanceof UsageError) {
    io.stderr(`hutong: ${err.message}`);
    return 2;
  }
  if (isHutongError(err)) {
    const { code } = readError(err);
    if (code === 'BAD_REQUEST' || code === 'NOT_FOUND') {
      io.stderr(`hutong: ${err.message}`);
      return 2;
    }
    const cause = err.cause instanceof Error ? err.cause.message : '';
    io.stderr(
      `hutong: the server failed: ${err.message}${cause && cause !== err.message ? ` (${cause})` : ''}`,
    );
    return 1;
  }
  io.stderr(`hutong: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
}
