import type { IncomingMessage, ServerResponse } from 'node:http';
import { appRouter } from '@hutong/router';
import { createOpenApiNodeHttpHandler, generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { retryAfterOnBusy } from './busy';
import type { RequestContext } from './request-context';
import { routeTable } from './routes';
import type { HttpSettings } from './settings';

let document: OpenAPIObject | undefined;

/** The OpenAPI 3 document, generated from the router and its zod schemas once, on first request. */
export function openApiDocument(): OpenAPIObject {
  document ??= withPublicReads(
    generateOpenApiDocument(appRouter, {
      title: 'hutong',
      description:
        'A sourced, time-aware ledger of platform interoperability. Every procedure is also at /trpc/<name> ' +
        '(the tRPC protocol); the routes here are plain REST. Edits need `authorization: Bearer <token>`.',
      version: '1',
      baseUrl: '/api',
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'an API token: `hutong token create`' },
      },
    }),
  );
  return document;
}

/** Says of every operation without a token requirement that it needs none (`security: []`), as linters ask. */
function withPublicReads(doc: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(doc.paths ?? {}))
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = path?.[method];
      if (op && !op.security) op.security = [];
    }
  return doc;
}

/** Plain REST under `/api`, for services that read the OpenAPI document rather than speak tRPC. */
export function restHandler(context: RequestContext, settings: HttpSettings) {
  const routes = routeTable();
  const handle = createOpenApiNodeHttpHandler<typeof appRouter, IncomingMessage, ServerResponse>({
    router: appRouter,
    // Admission read the body (within its route's limit) and handed it on; this is a second guard.
    maxBodySize: settings.decideManyBodyLimit,
    createContext: ({ req, res }) => {
      const url = new URL(`/api${req.url ?? '/'}`, 'http://hutong');
      const route = routes(req.method ?? 'GET', url.pathname, url.searchParams);
      return context(req, res, route.kind === 'rest' && route.mutation ? 1 : 0);
    },
    responseMeta: ({ errors }) => retryAfterOnBusy(errors),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`hutong api: ${path ?? '?'} failed`, error);
    },
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    // The adapter matches paths without the mount point.
    req.url = (req.url ?? '/').slice('/api'.length) || '/';
    return handle(req, res);
  };
}
