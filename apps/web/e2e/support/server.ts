import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openRuntime } from '@hutong/runtime/open-runtime';
import { createHutongServer, listen } from '@hutong/server';

export const WEB_DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * The real API server on a free port, over a fresh embedded store seeded from the curated ledger,
 * with its revision log (edits, live updates, tokens) as `hutong serve` has it.
 */
export async function startServer() {
  const dataDir = await mkdtemp(join(tmpdir(), 'hutong-e2e-'));
  const runtime = await openRuntime({ dataDir });
  const server = createHutongServer({
    ledger: runtime.ledger,
    storeKind: runtime.store.kind,
    live: runtime,
    webDir: WEB_DIST,
    // One browser loads every view from one address, scripts included: well past the per-address
    // budget meant for the open internet, which is not what these scenarios test.
    http: { addressBudget: 10_000_000 },
  });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    /** A token as `hutong token create --role <role>` prints it. */
    async token(role: 'editor' | 'admin', name = `e2e ${role}`) {
      return (await runtime.store.tokens.create({ name, role })).token;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
