import type { Revision } from '@hutong/domain';
import type { Store } from '@hutong/store';
import type { LedgerView } from './ledger-view';

export interface Follower {
  /** Resolves once the view reflects revision `upTo` (an append awaits this before it answers). */
  catchUp(upTo: number): Promise<void>;
  stop(): Promise<void>;
}

/** Revisions read per page when the follower has to ask the store for what it missed. */
const PAGE = 5_000;

/**
 * Keeps `view` at the store's head, here or in another process: each revision the store announces is
 * applied to the folded index by the entities it changes. Updates run one at a time; revisions the
 * subscription did not bring are read from the log, and a snapshot refold is the fallback when the
 * view cannot place an edit itself (an entity recorded again after its retraction).
 */
export function followStore(
  store: Pick<Store, 'snapshot' | 'subscribe' | 'revisions'>,
  view: LedgerView,
): Follower {
  let pending: Promise<void> = Promise.resolve();
  let heard: Revision[] = [];
  const refold = async () => {
    // One snapshot: the ledger and the head it reflects come from the same read.
    const { ledger, head } = await store.snapshot();
    if (head > view.revision) view.replace(ledger, head);
  };
  const catchUp = (upTo: number): Promise<void> => {
    pending = pending.then(async () => {
      const announced = heard;
      heard = [];
      const next = announced.find((r) => r.revision > view.revision);
      // Announced revisions that follow on apply as they are; a gap is read from the log below.
      if (next && !view.apply(announced) && next.revision === view.revision + 1) return refold();
      while (view.revision < upTo) {
        const page = await store.revisions({ after: view.revision, limit: PAGE });
        if (page.length === 0) return;
        if (!view.apply(page)) return refold();
      }
    });
    // A failed update must not wedge the ones after it; the caller still sees its own failure.
    const mine = pending;
    pending = pending.catch(() => {});
    return mine;
  };
  const unsubscribe = store.subscribe((rev) => {
    heard.push(rev);
    catchUp(rev.revision).catch((err: unknown) =>
      console.error('hutong api: following the store failed', err),
    );
  });
  return {
    catchUp,
    async stop() {
      unsubscribe();
      await pending;
    },
  };
}
