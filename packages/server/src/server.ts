import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Auth, FoldedLedger } from '@hutong/router';
import { readHttpEnv } from './env';
import { feedHandler } from './feeds/serve-feed';
import { admit } from './http/admit';
import { clientAddressOf } from './http/client-address';
import { answerClientError } from './http/client-error';
import { handleCors } from './http/cors';
import { fastDecide, isFast } from './http/fast-decide';
import { openApiDocument, restHandler } from './http/openapi';
import { openApiPage } from './http/openapi-page';
import { RateLimiter } from './http/rate-limit';
import { type ContextOptions, requestContext } from './http/request-context';
import { routeTable } from './http/routes';
import { setSecurityHeaders } from './http/security-headers';
import { sendError, sendJson } from './http/send';
import { type HttpSettings, httpSettings } from './http/settings';
import { serveStatic } from './http/static-files';
import { StreamSlots } from './http/stream-slots';
import { trpcHandler } from './http/trpc-handler';
import { EnginePool } from './pool/engine-pool';
import { isStreamed, streamAnswer } from './pool/stream-answer';

export interface ServerOptions {
  ledger: FoldedLedger;
  storeKind: string;
  /** The log behind `ledger` (a `Runtime` has all three): edits, revisions, tokens, "as recorded at". */
  live?: ContextOptions['live'];
  /** The built web app; when absent `/` explains how to build it. */
  webDir?: string;
  /** Limits and CORS; unset fields take the defaults in env.ts. */
  http?: Partial<HttpSettings>;
}

/**
 * One port for everything: `/trpc` (typed client and plain HTTP JSON), REST under `/api` described by
 * `/openapi.json` (and `/openapi.html` to read), Atom feeds under `/feeds`, `/health`, and the web app. Every response carries the security headers; before
 * any route, CORS and admission (method, body size and nesting, batch size, cost against the budget).
 */
export function createHutongServer(opts: ServerOptions): Server {
  const settings: HttpSettings = { ...httpSettings(readHttpEnv({})), ...opts.http };
  const gate = {
    settings,
    routes: routeTable(),
    perAddress: new RateLimiter(settings.addressBudget),
    perToken: new RateLimiter(settings.tokenBudget),
    tokens: opts.live?.store.tokens,
    address: clientAddressOf(settings.trustProxy),
    ledger: opts.ledger,
    streams: new StreamSlots(settings.streamsPerAddress, settings.streamsTotal),
  };
  const pool = new EnginePool(settings.pool);
  // Heavy calls are limited per client as budgets are: a token's own, else its address's.
  const clientOf = (req: IncomingMessage, auth: Auth | null) =>
    auth ? `token ${auth.tokenId}` : `address ${gate.address(req)}`;
  const context = requestContext({
    ledger: opts.ledger,
    live: opts.live,
    editsPerMinute: settings.editsPerMinute,
    offloadFor: (req, auth) => pool.offloadFor(clientOf(req, auth)),
  });
  const streamed = streamAnswer(context, pool, clientOf);
  const trpc = trpcHandler(context, settings);
  const api = restHandler(context, settings);
  const direct = fastDecide(context);
  const feeds = feedHandler({ ledger: opts.ledger, live: opts.live, trustProxy: settings.trustProxy });
  let page: string | undefined;
  const pages: Record<string, (res: Parameters<typeof sendJson>[0]) => void> = {
    '/openapi.json': (res) => sendJson(res, 200, openApiDocument()),
    '/openapi.html': (res) => {
      page ??= openApiPage(openApiDocument());
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(page),
      });
      res.end(page);
    },
    '/health': (res) => {
      const { index, revision } = opts.ledger;
      sendJson(res, 200, {
        status: 'ok',
        store: opts.storeKind,
        revision,
        events: index.ledger.events.length,
        actors: index.ledger.actors.length,
        // Worker threads running, calls on them and calls waiting: 0 workers when idle.
        engine: pool.stats,
      });
    },
  };
  const server = createServer(async (req, res) => {
    setSecurityHeaders(res);
    if (handleCors(req, res, settings.corsOrigins)) return;
    try {
      const route = await admit(req, res, gate);
      if (!route) return;
      if (req.method === 'OPTIONS') return void res.writeHead(204, { allow: route.allow.join(', ') }).end();
      if (route.kind === 'trpc') return void (await trpc(req, res, route));
      if (route.kind === 'rest' && isStreamed(req, route.procedure, opts.ledger))
        return void (await streamed(req, res, route.procedure));
      if (route.kind === 'rest' && isFast(route.procedure))
        return void (await direct(req, res, route.procedure));
      if (route.kind === 'rest') return void (await api(req, res));
      if (route.kind === 'feed') return await feeds(req, res);
      const page = pages[(req.url ?? '/').split('?')[0]!];
      if (page) return page(res);
      return await serveStatic(req, res, opts.webDir);
    } catch (err) {
      // Our own fault: logged, and answered without a stack trace.
      console.error('hutong api: request failed', err);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'the server failed; this is a bug');
      else res.end();
    }
  });
  server.on('clientError', answerClientError);
  server.on('close', () => void pool.close());
  return server;
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
