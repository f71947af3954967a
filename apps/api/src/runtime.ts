import { LedgerView } from '@hutong/api';
import { loadLedger } from '@hutong/data';
import { openStore, type Store } from '@hutong/store';

export interface RuntimeOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
}

export interface Runtime {
  store: Store;
  ledger: LedgerView;
  close(): Promise<void>;
}

/**
 * Opens the store (seeding it from the curated ledger on first start), folds it once, and re-folds
 * whenever a revision lands, here or in another process on the same database.
 */
export async function openRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const store = await openStore({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl, seed: loadLedger() });
  // Head before contents: a revision landing in between is then refolded, never missed.
  const head = await store.head();
  const ledger = new LedgerView(await store.ledger(), head);
  let pending: Promise<void> = Promise.resolve();
  const unsubscribe = store.subscribe((rev) => {
    // Refolds run one at a time and skip revisions an earlier refold already covered.
    pending = pending.then(async () => {
      if (rev.revision <= ledger.revision) return;
      const head = await store.head();
      ledger.replace(await store.ledger(), head);
    });
  });
  return {
    store,
    ledger,
    async close() {
      unsubscribe();
      await pending;
      await store.close();
    },
  };
}
