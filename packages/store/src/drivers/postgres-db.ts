import pg from 'pg';
import { advisoryLockSql, type Db, type Queryable } from './db';
import { listenOnServer } from './postgres-listener';

/** Opens a pool on a PostgreSQL server; fails fast, with the server's reason, when it cannot connect. */
export async function openPostgres(databaseUrl: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, application_name: 'hutong-store' });
  // An idle client dropped by the server would otherwise crash the process; the pool replaces it.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end();
    throw err;
  }
  const stops = new Set<() => Promise<void>>();
  return {
    kind: 'postgres',
    ...queryable(pool),
    transaction: async (fn, opts) => {
      const client = await pool.connect();
      try {
        // One round trip for both: under a lock, every round trip is time other writers wait.
        await client.query(opts?.lock ? `BEGIN; ${advisoryLockSql(opts.lock)}` : 'BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (err) {
        // A connection that cannot even roll back is broken: destroy it rather than return it to the pool.
        const broken = await client.query('ROLLBACK').then(
          () => undefined,
          (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
        );
        client.release(broken);
        throw err;
      }
    },
    listen: async (channel, onNotify) => {
      const stop = await listenOnServer(databaseUrl, channel, onNotify);
      stops.add(stop);
      return async () => {
        stops.delete(stop);
        await stop();
      };
    },
    close: async () => {
      await Promise.all([...stops].map((stop) => stop()));
      stops.clear();
      await pool.end();
    },
  };
}

function queryable(conn: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async (sql, params) => (await conn.query(sql, params ? [...params] : [])).rows,
    exec: async (sql) => {
      await conn.query(sql);
    },
  };
}
