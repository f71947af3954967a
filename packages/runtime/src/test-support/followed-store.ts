import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '@hutong/store';
import { inject } from 'vitest';
import { type Follower, followStore } from '../read-model/follow-store';
import { LedgerView } from '../read-model/ledger-view';

export interface FollowedStore {
  store: Store;
  /** The view `follower` keeps up to date with `store`. */
  view: LedgerView;
  follower: Follower;
  close(): Promise<void>;
}

/** A private copy of the run's seeded store (see global-setup.ts), and a view following it. */
export async function openFollowedStore(): Promise<FollowedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'hutong-follow-'));
  cpSync(inject('storeTemplate'), dir, { recursive: true });
  const store = await openStore({ dataDir: dir });
  const { ledger, head } = await store.snapshot();
  const view = new LedgerView(ledger, head);
  const follower = followStore(store, view);
  return {
    store,
    view,
    follower,
    close: async () => {
      await follower.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
