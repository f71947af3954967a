import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { LedgerView } from '@hutong/api';
import { readHttpEnv } from './env';
import { handleCors } from './http/cors';
import { openApiDocument, restHandler } from './http/openapi';
import { RateLimiter } from './http/rate-limit';
import { type ContextOptions, requestContext } from './http/request-context';
import { sendError, sendJson } from './http/send';
import { type HttpSettings, httpSettings } from './http/settings';
import { serveStatic } from './http/static-files';
import { trpcHandler } from './http/trpc-handler';

export interface ServerOptions {
  ledger: LedgerView;
  storeKind: string;
  /** The log behind `ledger` (a `Runtime` has all three): edits, revisions, tokens, "as recorded at". */
  live?: ContextOptions['live'];
  /** The built web app; when absent `/` explains how to build it. */
  webDir?: string | undefined;
  /** Limits and CORS; unset fields take the defaults in env.ts. */
  http?: Partial<HttpSettings> | undefined;
}

type Route = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * One port for everything: `/trpc` (typed client and plain HTTP JSON), REST under `/api` described by
 * `/openapi.json`, `/health`, and the web app.
 * Before any route: CORS, the per-address request limit (429) and the body limit (413).
 */
export function createHutongServer(opts: ServerOptions): Server {
  const settings: HttpSettings = { ...httpSettings(readHttpEnv({})), ...opts.http };
  const perAddress = new RateLimiter(settings.requestsPerMinute);
  const context = requestContext({
    ledger: opts.ledger,
    live: opts.live,
    editsPerMinute: settings.editsPerMinute,
  });
  const trpc = trpcHandler(context, settings.bodyLimit);
  const api = restHandler(context, settings.bodyLimit);
  const routes: Record<string, Route> = {
    '/openapi.json': (_req, res) => sendJson(res, 200, openApiDocument()),
    '/health': (_req, res) => {
      const { index, revision } = opts.ledger;
      sendJson(res, 200, {
        status: 'ok',
        store: opts.storeKind,
        revision,
        events: index.ledger.events.length,
        actors: index.ledger.actors.length,
      });
    },
  };
  return createServer((req, res) => {
    if (handleCors(req, res, settings.corsOrigins)) return;
    const wait = perAddress.take(req.socket.remoteAddress ?? 'unknown');
    if (wait > 0)
      return sendError(
        res,
        429,
        'TOO_MANY_REQUESTS',
        `at most ${settings.requestsPerMinute} requests a minute from one address; retry in ${wait} s`,
        { 'retry-after': String(wait) },
      );
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > settings.bodyLimit)
      // Refused unread; closing the connection spares reading the rest of the body.
      return sendError(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `the request body is ${length} bytes; the limit is ${settings.bodyLimit}`,
        { connection: 'close' },
      );
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith('/trpc/')) return void trpc(req, res);
    if (path.startsWith('/api/')) return void api(req, res);
    const route = routes[path];
    if (route) return void route(req, res);
    return serveStatic(req, res, opts.webDir);
  });
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}
