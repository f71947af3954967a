import { openStore, type Store } from '@hutong/store';
import { curatedSeed } from './curated-seed';
import { followStore } from './read-model/follow-store';
import { LedgerView } from './read-model/ledger-view';
import { RecordedLedgers, type RecordedLedgersOptions } from './read-model/recorded-ledgers';

export interface RuntimeOptions {
  dataDir: string;
  databaseUrl?: string;
  /** Bounds of the "as recorded at" cache; defaults in RecordedLedgers. */
  recorded?: RecordedLedgersOptions;
}

export interface Runtime {
  store: Store;
  ledger: LedgerView;
  /** "As recorded at R" ledgers, shared by every request. */
  recorded: RecordedLedgers;
  /** Resolves once `ledger` reflects revision `upTo`. */
  catchUp(upTo: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the store (seeding it from the curated ledger on first start), folds it once, and re-folds
 * whenever a revision lands, here or in another process on the same database. The embedded store keeps
 * the folded-from ledger beside it, so the CLI can read without PGlite.
 */
export async function openRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const store = await openStore({
    dataDir: opts.dataDir,
    databaseUrl: opts.databaseUrl,
    ...curatedSeed(),
  });
  const { ledger: first, head } = await store.snapshot();
  const ledger = new LedgerView(first, head);
  const follower = followStore(store, ledger);
  // A revision landing between the snapshot and the subscription is caught here, not missed.
  await follower.catchUp(await store.head());
  return {
    store,
    ledger,
    recorded: new RecordedLedgers(store, opts.recorded, ledger),
    catchUp: follower.catchUp,
    async close() {
      await follower.stop();
      await store.close();
    },
  };
}
