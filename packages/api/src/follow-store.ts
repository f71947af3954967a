import type { Store } from '@hutong/store';
import type { LedgerView } from './ledger-view';

export interface Follower {
  /** Resolves once the view reflects revision `upTo` (an append awaits this before it answers). */
  catchUp(upTo: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps `view` folded from the store's head: refolds whenever a revision lands, here or in another
 * process. Refolds run one at a time and skip revisions an earlier refold already covered, so a
 * burst of appends costs one or two folds, not one each.
 */
export function followStore(store: Pick<Store, 'snapshot' | 'subscribe'>, view: LedgerView): Follower {
  let pending: Promise<void> = Promise.resolve();
  const catchUp = (upTo: number): Promise<void> => {
    pending = pending.then(async () => {
      if (view.revision >= upTo) return;
      // One snapshot: the ledger and the head it reflects come from the same read.
      const { ledger, head } = await store.snapshot();
      if (head > view.revision) view.replace(ledger, head);
    });
    // A failed refold must not wedge the ones after it; the caller still sees its own failure.
    const mine = pending;
    pending = pending.catch(() => {});
    return mine;
  };
  const unsubscribe = store.subscribe((rev) => {
    catchUp(rev.revision).catch((err: unknown) => console.error('hutong api: refolding failed', err));
  });
  return {
    catchUp,
    async stop() {
      unsubscribe();
      await pending;
    },
  };
}
