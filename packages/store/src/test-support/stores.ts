import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import type { Db } from '../drivers/db';
import { openPglite } from '../drivers/pglite-db';
import { openPostgres } from '../drivers/postgres-db';
import { openStore } from '../open-store';
import type { Store, StoreOptions } from '../store';
import { createTestDatabase, probeServer } from './postgres-server';

const server = await probeServer();

export type Backend = 'pglite' | 'postgres';

export interface StoreHarness {
  readonly backend: Backend;
  /** This test's own schema: every test starts from an empty store. */
  readonly schema: string;
  /** Where the stores live: PGlite's directory, or the test database's URL. */
  readonly target: { dataDir: string } | { databaseUrl: string };
  /** Opens a store on this test's schema (several may share it); all are closed after the test. */
  open(opts?: Pick<StoreOptions, 'seed' | 'now' | 'schema'>): Promise<Store>;
  /** A raw connection, for what the Store API does not show (migrations, the append-only guard). */
  db(): Promise<Db>;
}

/**
 * Runs `suite` against PGlite (one instance per file, in a copy of the run's template directory) and
 * against the PostgreSQL server (one `hutong_test_<random>` database per file, dropped afterwards).
 */
export function describeStores(title: string, suite: (h: StoreHarness) => void): void {
  describe(`${title} · pglite`, () => suite(harness('pglite')));
  describe.skipIf(!server.ok)(`${title} · postgres`, () => suite(harness('postgres')));
}

let serial = 0;

function harness(backend: Backend): StoreHarness {
  let target: { dataDir: string } | { databaseUrl: string };
  let teardown: () => Promise<void>;
  let schema = '';
  let open: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    if (backend === 'pglite') {
      const dataDir = mkdtempSync(join(tmpdir(), 'hutong-store-'));
      cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
      const keeper = await openPglite(dataDir); // holds the shared instance open between tests
      target = { dataDir };
      teardown = async () => {
        await keeper.close();
        rmSync(dataDir, { recursive: true, force: true });
      };
    } else {
      if (!server.ok) throw new Error(server.reason);
      const database = await createTestDatabase(server.url);
      target = { databaseUrl: database.url };
      teardown = database.drop;
    }
  });
  afterAll(async () => teardown());
  beforeEach(() => {
    schema = `t${++serial}_${Math.random().toString(36).slice(2, 8)}`;
  });
  afterEach(async () => {
    await Promise.all(open.map((o) => o.close()));
    open = [];
  });

  return {
    backend,
    get schema() {
      return schema;
    },
    get target() {
      return target;
    },
    open: async (opts = {}) => {
      const store = await openStore({ ...target, schema, ...opts });
      open.push(store);
      return store;
    },
    db: async () => {
      const db =
        'dataDir' in target ? await openPglite(target.dataDir) : await openPostgres(target.databaseUrl);
      open.push(db);
      return db;
    },
  };
}
