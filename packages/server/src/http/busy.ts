import type { TRPCError } from '@trpc/server';

/** A 503 (the fold queue is full) tells the client when to come back. */
export function retryAfterOnBusy(errors: readonly TRPCError[]): { headers?: Record<string, string> } {
  return errors.some((e) => e.code === 'SERVICE_UNAVAILABLE') ? { headers: { 'retry-after': '1' } } : {};
}
