import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Auth, createContextInner, type FoldedLedger, type Live, type Offload } from '@hutong/router';
import { TRPCError } from '@trpc/server';
import { admitted } from './admit';
import { authOf } from './bearer';
import { RateLimiter } from './rate-limit';

export interface ContextOptions {
  ledger: FoldedLedger;
  /** The log behind the ledger; without it the API is read-only. */
  live?: Live;
  editsPerMinute: number;
  /** Runs a client's heavy calls off the request thread (the engine pool). */
  offloadFor?: (req: IncomingMessage, auth: Auth | null) => Offload;
}

/**
 * The outer context shared by `/trpc` and the REST routes under `/api`: resolves the bearer token and
 * charges the request's edits to that token's budget (429 with Retry-After), one budget for both.
 */
export function requestContext(opts: ContextOptions) {
  const edits = new RateLimiter(opts.editsPerMinute);
  return async (req: IncomingMessage, res: ServerResponse, mutations: number) => {
    const seen = admitted.get(req);
    const auth = seen ? seen.auth : await authOf(req, opts.live?.store.tokens);
    if (auth && mutations > 0) {
      const wait = edits.take(auth.tokenId, mutations);
      if (wait > 0) {
        res.setHeader('retry-after', String(wait));
        throw new TRPCError({
          code: 'TOO_MANY_REQUESTS',
          message: `the token "${auth.name}" may make ${opts.editsPerMinute} edits a minute; retry in ${wait} s`,
        });
      }
    }
    return createContextInner({
      ledger: opts.ledger,
      live: opts.live,
      offload: opts.offloadFor?.(req, auth),
      auth,
    });
  };
}

export type RequestContext = ReturnType<typeof requestContext>;
