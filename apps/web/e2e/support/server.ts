import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHutongServer, listen, openRuntime } from '@hutong/api-server';

export const WEB_DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** The real API server on a free port, over a fresh embedded store seeded from the curated ledger. */
export async function startServer() {
  const dataDir = await mkdtemp(join(tmpdir(), 'hutong-e2e-'));
  const runtime = await openRuntime({ dataDir });
  const server = createHutongServer({
    ledger: runtime.ledger,
    storeKind: runtime.store.kind,
    webDir: WEB_DIST,
  });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
