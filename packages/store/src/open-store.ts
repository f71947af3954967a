import { resolve } from 'node:path';
import { DomainError, Ledger } from '@hutong/domain';
import { appendEdits } from './append-edits';
import { appendLock } from './append-lock';
import { DEFAULT_DATA_DIR, DEFAULT_SCHEMA } from './defaults';
import type { Db } from './drivers/db';
import { openPglite } from './drivers/pglite-db';
import { openPostgres } from './drivers/postgres-db';
import { readLedger } from './ledger-query';
import { migrate } from './migrate';
import { saveSeedMeta, seedEdits } from './seed';
import { type SnapshotKeeper, snapshotKeeper } from './snapshot/snapshot-keeper';
import { sqlStore } from './sql-store';
import type { Store, StoreOptions } from './store';

// The schema name goes into SQL text and into a NOTIFY channel (`<schema>_revisions`, 63 bytes at most).
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/;

/**
 * Opens the store: a PostgreSQL server when `databaseUrl` is given, else PGlite in `dataDir`; applies
 * the migrations, then the seed when it changed. PGlite initialises a new directory in seconds and
 * reopens one in well under a second; stores opened on one directory in one process share the instance.
 */
export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  const schema = opts.schema ?? DEFAULT_SCHEMA;
  if (!SCHEMA_NAME.test(schema))
    throw new DomainError(
      'invalid',
      `schema "${schema}" must be a lower-case SQL name such as \`hutong\``,
      'schema',
    );
  const seed = opts.seed ? Ledger.parse(opts.seed) : null;
  const now = opts.now ?? (() => new Date());
  const dataDir = opts.dataDir ?? DEFAULT_DATA_DIR;
  const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(dataDir);
  // Only the embedded store has one writer per directory, so only there can a file stand for the log.
  const keeper =
    db.kind === 'pglite' && !dataDir.startsWith('memory://')
      ? snapshotKeeper(resolve(dataDir), opts.snapshotKey ?? null, () => readLedger(db, schema))
      : null;
  try {
    await migrate(db, schema);
    if (seed) await applySeed(db, schema, seed, now, keeper);
    const store = await sqlStore(db, schema, now, keeper);
    await keeper?.ensure(await store.head());
    return store;
  } catch (err) {
    await db.close();
    throw err;
  }
}

/** One transaction under the append lock: processes starting together seed once; a failure seeds nothing. */
async function applySeed(
  db: Db,
  schema: string,
  seed: Ledger,
  now: () => Date,
  keeper: SnapshotKeeper | null,
): Promise<void> {
  let appending = false;
  try {
    await db.transaction(
      async (tx) => {
        const plan = await seedEdits(tx, schema, seed);
        if (!plan) return;
        keeper?.appending();
        appending = true;
        await appendEdits(tx, schema, plan.edits, now);
        await saveSeedMeta(tx, schema, plan.meta);
      },
      { lock: appendLock(schema) },
    );
  } finally {
    if (appending) await keeper?.appended();
  }
}
