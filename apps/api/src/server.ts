import { createServer, type Server } from 'node:http';
import { appRouter, createContextInner, type LedgerView } from '@hutong/api';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { sendJson } from './http/send';
import { serveStatic } from './http/static-files';

export interface ServerOptions {
  ledger: LedgerView;
  storeKind: string;
  /** The built web app; when absent `/` explains how to build it. */
  webDir?: string | undefined;
}

/** One port for everything: `/trpc` (typed client and plain HTTP JSON), `/health`, and the web app. */
export function createHutongServer(opts: ServerOptions): Server {
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    allowMethodOverride: true,
    createContext: () => createContextInner({ ledger: opts.ledger }),
  });
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith('/trpc/')) return void trpc(req, res);
    if (path === '/health') {
      const { index, revision } = opts.ledger;
      return sendJson(res, 200, {
        status: 'ok',
        store: opts.storeKind,
        revision,
        events: index.ledger.events.length,
        actors: index.ledger.actors.length,
      });
    }
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
