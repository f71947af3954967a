import pg from 'pg';
import { it } from 'vitest';
import { createTestDatabase, probeServer } from '../test-support/postgres-server';
import { killMidImport, killWorkspace } from './test-support/kill-mid-import';

const server = await probeServer();
const work = killWorkspace();

it.skipIf(!server.ok)(
  'a 100,000-row import SIGKILLed mid-transaction leaves a PostgreSQL store as before; it reopens cleanly',
  async () => {
    if (!server.ok) return;
    const db = await createTestDatabase(server.url);
    const watcher = new pg.Client({ connectionString: db.url });
    await watcher.connect();
    try {
      await killMidImport({ databaseUrl: db.url, schema: 'hutong' }, work.file(), async () => {
        const { rows } = await watcher.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND state = 'active' AND query LIKE 'INSERT INTO%'`,
        );
        return rows[0].n > 0;
      });
    } finally {
      await watcher.end();
      await db.drop();
    }
  },
);
