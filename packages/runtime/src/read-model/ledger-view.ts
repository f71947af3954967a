import { applyRevisions, foldLedger, type Ledger, type LedgerIndex, type Revision } from '@hutong/domain';
import type { FoldedLedger } from '@hutong/router';

/**
 * The ledger as procedures read it: folded once, then updated by each revision's entities into a new
 * index swapped in whole, so a request never sees half an update and reads never wait on the store.
 */
export class LedgerView implements FoldedLedger {
  #index: LedgerIndex;
  #revision: number;

  constructor(ledger: Ledger, revision = 0) {
    this.#index = foldLedger(ledger);
    this.#revision = revision;
  }

  get index(): LedgerIndex {
    return this.#index;
  }

  /** The store revision this view was folded from. */
  get revision(): number {
    return this.#revision;
  }

  /**
   * Applies the revisions after this view's, in order, by the entities they change (no refold, no
   * re-read). False, leaving the view as it was, when they do not follow on from it or when only the
   * store can place them (an entity recorded again after a retraction): `replace` from a snapshot then.
   */
  apply(revisions: readonly Revision[]): boolean {
    const fresh = revisions.filter((r) => r.revision > this.#revision);
    if (fresh.length === 0) return true;
    if (fresh.some((r, i) => r.revision !== this.#revision + 1 + i)) return false;
    const next = applyRevisions(this.#index, fresh);
    if (!next) return false;
    this.#index = next;
    this.#revision = fresh[fresh.length - 1]!.revision;
    return true;
  }

  replace(ledger: Ledger, revision: number): void {
    this.#index = foldLedger(ledger);
    this.#revision = revision;
  }
}
