import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError } from '@hutong/domain';
import {
  type Auth,
  errorShapeOf,
  type FoldedLedger,
  type HeavyTask,
  parsedInputOf,
  priceOf,
  procedureFacts,
  toTrpcError,
} from '@hutong/router';
import { getTRPCErrorFromUnknown } from '@trpc/server';
import { retryAfterOnBusy } from '../http/busy';
import type { RequestContext } from '../http/request-context';
import { sendJson } from '../http/send';
import type { EnginePool } from './engine-pool';

/** The REST calls whose answers can be large, and their task on the pool. */
const STREAMED: Record<string, HeavyTask> = {
  'decisions.decideMany': 'decideMany',
  'analysis.whatIf': 'whatIf',
};

export const NDJSON = 'application/x-ndjson';

const wantsNdjson = (req: IncomingMessage) => String(req.headers.accept ?? '').includes(NDJSON);
const bodyOf = (req: IncomingMessage) => (req as IncomingMessage & { body?: unknown }).body;

/**
 * Whether a REST call's answer is streamed from the pool: a `decideMany` or what-if asked as NDJSON,
 * or priced at its cost's pool threshold (its answer may be large: chunked JSON, never held whole).
 */
export function isStreamed(
  req: IncomingMessage,
  procedure: string | null,
  ledger: FoldedLedger,
): procedure is string {
  if (procedure === null || !(procedure in STREAMED)) return false;
  if (wantsNdjson(req)) return true;
  const cost = procedureFacts.get(procedure)?.cost;
  if (cost?.pool === undefined) return false;
  const body = bodyOf(req);
  const input = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return priceOf(cost, { input, index: ledger.index, revision: ledger.revision }).price >= cost.pool;
}

/**
 * A streamed answer: the input parsed as the procedure parses it, the ledger it reads (live or as
 * recorded at), then the pool's chunks written as they come, one chunk ahead at most, so memory stays
 * bounded whatever the answer's size. Errors before the first chunk answer as the procedure would;
 * the `hutong-revision` header names the revision the answer was computed at.
 */
export function streamAnswer(
  context: RequestContext,
  pool: EnginePool,
  clientOf: (req: IncomingMessage, auth: Auth | null) => string,
) {
  return async (req: IncomingMessage, res: ServerResponse, procedure: string): Promise<void> => {
    const ndjson = wantsNdjson(req);
    let started = false;
    try {
      const ctx = await context(req, res, 0);
      const { recordedAt, ...input } = parsedInputOf(procedure, bodyOf(req) ?? {});
      const read = await ctx.ledgerAt(recordedAt as string | undefined);
      const index = read.index;
      const revision = read.revision;
      const job = pool.stream(STREAMED[procedure]!, index, input as never, clientOf(req, ctx.auth), {
        format: ndjson ? 'ndjson' : 'json',
        chunk: (text) => {
          if (!started) {
            started = true;
            res.writeHead(200, {
              'content-type': `${ndjson ? NDJSON : 'application/json'}; charset=utf-8`,
              'hutong-revision': String(revision),
            });
          }
          if (res.write(text)) return;
          return new Promise<void>((resolve, reject) => {
            const closed = () => reject(new Error('the client went away'));
            res.once('close', closed);
            res.once('drain', () => {
              res.off('close', closed);
              resolve();
            });
          });
        },
      });
      res.once('close', () => {
        if (!res.writableFinished) job.cancel();
      });
      await job.done;
      if (!started) res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end();
    } catch (cause) {
      if (started) {
        // The status has gone: the body stops short, so a client can tell it is incomplete.
        if (!res.destroyed) res.destroy();
        return;
      }
      const error = getTRPCErrorFromUnknown(cause instanceof DomainError ? toTrpcError(cause) : cause);
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`hutong api: ${procedure} failed`, error);
      const shape = errorShapeOf(error, procedure);
      sendJson(
        res,
        shape.data.httpStatus,
        { ...shape, code: error.code },
        retryAfterOnBusy([error]).headers ?? {},
      );
    }
  };
}
