import { openRuntime } from '@hutong/runtime/open-runtime';
import type { RecordedLedgersOptions } from '@hutong/runtime/read-model';
import { writeServerFile } from '@hutong/runtime/server-file';
import { createsEmbeddedStore } from '@hutong/store';
import { readHttpEnv } from './env';
import { type HttpSettings, httpSettings } from './http/settings';
import { createHutongServer, listen } from './server';
import { defaultWebDir } from './web-dir';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  webDir?: string;
  /** Limits and CORS; default: from the environment (HUTONG_BODY_LIMIT, HUTONG_CORS_ORIGINS, …). */
  http?: HttpSettings;
  /** The "as recorded at" cache's memory and fold-queue bounds. */
  recorded?: RecordedLedgersOptions;
  log?: (line: string) => void;
}

/** Opens the ledger and serves it until SIGINT/SIGTERM, then closes the store cleanly. */
export async function serve(opts: ServeOptions): Promise<void> {
  const log = opts.log ?? ((line: string) => console.log(line));
  // The first start seeds the embedded store for seconds: say so, then what it holds (below).
  if (createsEmbeddedStore(opts.dataDir, opts.databaseUrl))
    log(`hutong: creating the ledger in ${opts.dataDir} (first start)…`);
  const runtime = await openRuntime({
    dataDir: opts.dataDir,
    databaseUrl: opts.databaseUrl,
    recorded: opts.recorded,
  });
  const server = createHutongServer({
    ledger: runtime.ledger,
    storeKind: runtime.store.kind,
    live: runtime,
    http: opts.http ?? httpSettings(readHttpEnv()),
    webDir: opts.webDir ?? defaultWebDir(),
  });
  const port = await listen(server, opts.port, opts.host);
  const { events, actors } = runtime.ledger.index.ledger;
  log(
    `hutong: ${events.length} events, ${actors.length} actors (${runtime.store.kind}) — http://${opts.host}:${port}/`,
  );
  const url = `http://${opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host}:${port}`;
  const forget = runtime.store.kind === 'pglite' ? writeServerFile(opts.dataDir, url) : () => {};
  const stop = () => {
    forget();
    server.close();
    server.closeAllConnections();
    runtime.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
