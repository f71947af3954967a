import { foldLedger, type Ledger, type LedgerIndex } from '@hutong/domain';
import type { Store } from '@hutong/store';

/**
 * What the router needs of the read model, which the runtime implements (packages/runtime/src/read-model):
 * the router reads ledgers, it does not keep them.
 */

/** A folded ledger and the revision it reflects, as a read uses it. */
export interface FoldedLedger {
  readonly index: LedgerIndex;
  readonly revision: number;
}

/** Ledgers "as recorded at R": what hutong said at an instant. */
export interface RecordedAt {
  /** The ledger in force at `recordedAt`; rejects with a 503 TRPCError when too many folds wait. */
  at(recordedAt: string): Promise<FoldedLedger>;
}

/**
 * The revision log and what the runtime keeps over it, handed to the router together so a router with
 * a store always has the follower's catch-up: an edit is read back only once the live ledger has it.
 */
export interface Live {
  store: Store;
  recorded: RecordedAt;
  /** Resolves once the live ledger reflects revision `upTo` (the one catch-up: the runtime's follower). */
  catchUp(upTo: number): Promise<void>;
}

/** A ledger folded once, for callers that follow no store (tests, the game, the bench). */
export function fixedLedger(ledger: Ledger, revision = 0): FoldedLedger {
  return { index: foldLedger(ledger), revision };
}
