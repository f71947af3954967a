import { appRouter } from '@hutong/api';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { RequestContext } from './request-context';

/**
 * `/trpc`: the typed client and plain HTTP JSON.
 * @see https://trpc.io/docs/server/adapters/standalone
 */
export function trpcHandler(context: RequestContext, bodyLimit: number) {
  return createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    allowMethodOverride: true,
    // A chunked body has no content-length for the server's early 413; tRPC counts it as it reads.
    maxBodySize: bodyLimit,
    createContext: ({ req, res, info }) =>
      context(req, res, info.calls.filter((c) => c.procedure?._def.type === 'mutation').length),
    onError: ({ error, path }) => {
      // Expected failures (4xx) are the caller's to read; only our own faults are logged.
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`hutong api: ${path ?? '?'} failed`, error);
    },
  });
}
