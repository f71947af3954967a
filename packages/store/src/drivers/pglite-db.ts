import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import { advisoryLockSql, type Db, type Queryable } from './db';

interface Started {
  pglite: PGlite;
  unlock: () => void;
}

interface Shared {
  started: Promise<Started>;
  refs: number;
}

// One PGlite per data directory per process: a second instance on the same files would corrupt them,
// and starting one costs seconds. Stores opened on one directory share it; the last to close stops it.
const open = new Map<string, Shared>();
const closing = new Map<string, Promise<void>>();

// PostgreSQL's defaults (128 MB of shared buffers, 64 MB for maintenance) size a server; PGlite's
// WebAssembly heap grows to hold them and never shrinks. One ledger needs a fraction of that.
const CONF = ['shared_buffers = 16MB', 'wal_buffers = 1MB', 'maintenance_work_mem = 8MB'];

// PGlite's WebAssembly (PostgreSQL, megabytes of it) compiled by V8's baseline compiler only: the
// optimising tier's second copy of the code held 40–50 MB of a server's RSS (PGlite reopened: 185 →
// 138 MB settled), and compiling it in the background slowed start-up on two cores (1.2 → 0.8 s).
// A ledger's queries are few and small, so the baseline code is fast enough. Set before any module
// is compiled; it applies to WebAssembly compiled afterwards.
setFlagsFromString('--liftoff-only');

/** Starts PGlite on `path`, creating the cluster when there is none. */
async function createPglite(path: string): Promise<PGlite> {
  const fresh = !existsSync(join(path, 'PG_VERSION'));
  const pglite = await PGlite.create(path, { postgresqlconf: CONF });
  if (!fresh) return pglite;
  // The instance that ran initdb keeps initdb's heap (hundreds of MB): start again on the files it
  // wrote, which takes a fifth of a second.
  await pglite.close();
  return PGlite.create(path, { postgresqlconf: CONF });
}

/** Opens PGlite on `dataDir` (its files go in `<dataDir>/pglite`), or a private in-memory one for `memory://`. */
export async function openPglite(dataDir: string): Promise<Db> {
  if (dataDir.startsWith('memory://')) {
    const pglite = await PGlite.create(dataDir, { postgresqlconf: CONF });
    return pgliteDb(pglite, () => pglite.close());
  }
  const dir = resolve(dataDir);
  await closing.get(dir);
  let shared = open.get(dir);
  if (!shared) {
    shared = { started: start(dir), refs: 0 };
    open.set(dir, shared);
  }
  shared.refs++;
  const entry = shared;
  const { pglite, unlock } = await entry.started.catch((err: unknown) => {
    if (--entry.refs === 0) open.delete(dir);
    throw err;
  });
  return pgliteDb(pglite, async () => {
    if (--entry.refs > 0) return;
    open.delete(dir);
    const done = pglite
      .close()
      .finally(unlock)
      .finally(() => closing.delete(dir));
    closing.set(dir, done);
    await done;
  });
}

async function start(dir: string): Promise<Started> {
  const unlock = lockDataDir(dir);
  try {
    return { pglite: await createPglite(join(dir, 'pglite')), unlock };
  } catch (err) {
    unlock();
    throw err;
  }
}

function queryable(conn: PGlite | Transaction): Queryable {
  return {
    query: async (sql, params) =>
      (await conn.query<Record<string, unknown>>(sql, params ? [...params] : [])).rows,
    exec: async (sql) => {
      await conn.exec(sql);
    },
  };
}

function pgliteDb(pglite: PGlite, close: () => Promise<void>): Db {
  let closed = false;
  return {
    kind: 'pglite',
    ...queryable(pglite),
    // PGlite runs one transaction at a time behind its own mutex; concurrent callers queue here.
    transaction: (fn, opts) =>
      pglite.transaction(async (tx) => {
        if (opts?.lock) await tx.query(advisoryLockSql(opts.lock));
        return fn(queryable(tx));
      }),
    listen: async (channel, onNotify) => {
      const unlisten = await pglite.listen(channel, onNotify);
      return async () => {
        if (!pglite.closed) await unlisten();
      };
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await close();
    },
  };
}
