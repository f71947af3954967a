import { appRouter, createContextInner, type LedgerView, type RecordedLedgers } from '@hutong/api';
import type { Store } from '@hutong/store';
import { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { authOf } from './bearer';
import { RateLimiter } from './rate-limit';

export interface TrpcOptions {
  ledger: LedgerView;
  /** The log behind the ledger; without it the API is read-only. */
  live?: { store: Store; recorded: RecordedLedgers; catchUp(upTo: number): Promise<void> } | undefined;
  bodyLimit: number;
  editsPerMinute: number;
}

/**
 * `/trpc`: the typed client and plain HTTP JSON. The outer context resolves the bearer token and
 * charges each mutation in the request to that token's edit budget (429 with Retry-After).
 * @see https://trpc.io/docs/server/adapters/standalone
 */
export function trpcHandler(opts: TrpcOptions) {
  const edits = new RateLimiter(opts.editsPerMinute);
  return createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    allowMethodOverride: true,
    // A chunked body has no content-length for the server's early 413; tRPC counts it as it reads.
    maxBodySize: opts.bodyLimit,
    createContext: async ({ req, res, info }) => {
      const auth = await authOf(req, opts.live?.store.tokens);
      const mutations = info.calls.filter((c) => c.procedure?._def.type === 'mutation').length;
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
        store: opts.live?.store,
        recorded: opts.live?.recorded,
        catchUp: opts.live?.catchUp,
        auth,
      });
    },
    onError: ({ error, path }) => {
      // Expected failures (4xx) are the caller's to read; only our own faults are logged.
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`hutong api: ${path ?? '?'} failed`, error);
    },
  });
}
