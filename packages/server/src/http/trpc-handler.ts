import { appRouter } from '@hutong/router';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { retryAfterOnBusy } from './busy';
import type { RequestContext } from './request-context';
import type { HttpSettings } from './settings';

/**
 * `/trpc`: the typed client and plain HTTP JSON.
 * @see https://trpc.io/docs/server/adapters/standalone
 */
export function trpcHandler(context: RequestContext, settings: HttpSettings) {
  return createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    allowMethodOverride: true,
    // Admission already refused longer batches and bodies; these are the adapter's own guards too.
    maxBatchSize: settings.maxBatchSize,
    maxBodySize: settings.decideManyBodyLimit,
    createContext: ({ req, res, info }) =>
      context(req, res, info.calls.filter((c) => c.procedure?._def.type === 'mutation').length),
    responseMeta: ({ errors }) => retryAfterOnBusy(errors),
    onError: ({ error, path }) => {
      // Expected failures (4xx) are the caller's to read; only our own faults are logged.
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`hutong api: ${path ?? '?'} failed`, error);
    },
  });
}
