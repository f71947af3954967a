import { applyRevisions, foldLedger, type Ledger, type LedgerIndex, type Revision } from '@hutong/domain';

/** A folded ledger and the revision it reflects, as a read uses it. */
export interface FoldedLedger {
  readonly index: LedgerIndex;
  readonly revision: number;
}

/**
 * The ledger as procedures read it: folded once, then updated by each revision's entities into a new
 * index swapped in whole, so a request never sees half an update and reads never wait on the store.
 */
export class LedgerView {
  #index: LedgerIndex;
  #revision: number;
  /** Answers computed from this index (costly analyses asked again), dropped when the index changes. */
  #memo = new Map<string, unknown>();

  constructor(ledger: Ledger, revision = 0) {
    this.#index = foldLedger(ledger);
    this.#revision = revision;
  }

  get index(): LedgerIndex {
    return this.#index;
  }

  /**
   * `make()` once per key while the index stands: for analyses that cost seconds and are asked again
   * with the same input (the game's report). The view owns the memo, so a new index starts empty.
   */
  memo<T>(key: string, make: () => T): T {
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const value = make();
    if (this.#memo.size >= MEMO_SIZE) this.#memo.delete(this.#memo.keys().next().value!);
    this.#memo.set(key, value);
    return value;
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
    this.#memo.clear();
    return true;
  }

  replace(ledger: Ledger, revision: number): void {
    this.#index = foldLedger(ledger);
    this.#revision = revision;
    this.#memo.clear();
  }
}

/** Memoised answers kept per view (oldest dropped first). */
const MEMO_SIZE = 32;
