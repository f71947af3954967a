import { foldLedger, type Ledger, type LedgerIndex } from '@hutong/domain';

/** A folded ledger and the revision it reflects, as a read uses it. */
export interface FoldedLedger {
  readonly index: LedgerIndex;
  readonly revision: number;
}

/**
 * The ledger as procedures read it: folded once, swapped whole when the store changes, so a
 * request never sees half an update and reads never wait on the store.
 */
export class LedgerView {
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

  replace(ledger: Ledger, revision: number): void {
    this.#index = foldLedger(ledger);
    this.#revision = revision;
  }
}
