import type { IncomingMessage, ServerResponse } from 'node:http';
import { appRouter } from '@hutong/api';
import {
  createOpenApiNodeHttpHandler,
  forEachOpenApiProcedure,
  generateOpenApiDocument,
  type OpenAPIObject,
} from 'trpc-to-openapi';
import type { RequestContext } from './request-context';

let document: OpenAPIObject | undefined;

/** The OpenAPI 3 document, generated from the router and its zod schemas once, on first request. */
export function openApiDocument(): OpenAPIObject {
  document ??= generateOpenApiDocument(appRouter, {
    title: 'hutong',
    description:
      'A sourced, time-aware ledger of platform interoperability. Every procedure is also at /trpc/<name> ' +
      '(the tRPC protocol); the routes here are plain REST. Edits need `authorization: Bearer <token>`.',
    version: '1',
    baseUrl: '/api',
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'an API token: `hutong token create`' },
    },
  });
  return document;
}

/** `METHOD /path` of each REST route that runs a mutation, so only edits spend a token's edit budget. */
function mutationRoutes(): Set<string> {
  const out = new Set<string>();
  forEachOpenApiProcedure(appRouter._def.procedures, ({ type, meta }) => {
    if (type === 'mutation') out.add(`${meta.openapi.method} ${meta.openapi.path}`);
  });
  return out;
}

/** Plain REST under `/api`, for services that read the OpenAPI document rather than speak tRPC. */
export function restHandler(context: RequestContext, bodyLimit: number) {
  const mutations = mutationRoutes();
  const handle = createOpenApiNodeHttpHandler<typeof appRouter, IncomingMessage, ServerResponse>({
    router: appRouter,
    maxBodySize: bodyLimit,
    createContext: ({ req, res }) =>
      context(req, res, mutations.has(`${req.method} ${(req.url ?? '').split('?')[0]}`) ? 1 : 0),
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
