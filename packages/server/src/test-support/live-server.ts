import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime, type Runtime } from '@hutong/runtime/open-runtime';
import type { HttpSettings } from '../http/settings';
import { createHutongServer, listen } from '../server';

export interface LiveServer {
  runtime: Runtime;
  /** A server on the runtime with the default limits, and its base URL. */
  server: Server;
  base: string;
  /** Another server on the same runtime, with other limits; closed with the rest. */
  serverWith(http: Partial<HttpSettings>): Promise<{ base: string; server: Server }>;
  close(): Promise<void>;
}

/** The real server on a fresh, seeded embedded store (seconds to start: one per test file). */
export async function startLiveServer(http: Partial<HttpSettings> = {}): Promise<LiveServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hutong-http-'));
  const runtime = await openRuntime({ dataDir });
  const servers: Server[] = [];
  const serverWith = async (settings: Partial<HttpSettings>) => {
    const server = createHutongServer({
      ledger: runtime.ledger,
      storeKind: runtime.store.kind,
      live: runtime,
      http: settings,
    });
    servers.push(server);
    return { server, base: `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}` };
  };
  const { base, server } = await serverWith(http);
  return {
    runtime,
    server,
    base,
    serverWith,
    async close() {
      for (const s of servers) {
        s.close();
        s.closeAllConnections();
      }
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A `source` edit: the smallest entity to append. */
export function sourceEdit(id: string, title = id) {
  return {
    entity: 'source' as const,
    id,
    action: 'record' as const,
    body: { id, title, publisher: 'hutong tests', date: '2021-01-01', language: 'en' as const },
    author: 'tests',
    reason: 'a test edit',
  };
}
