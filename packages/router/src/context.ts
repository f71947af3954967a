import type { Store } from '@hutong/store';
import { TRPCError } from '@trpc/server';
import type { Auth } from './auth';
import type { FoldedLedger, LedgerView } from './ledger-view';
import { RecordedLedgers } from './recorded-ledgers';

export interface ContextDeps {
  /** The live ledger every read uses unless it asks for "as recorded at". */
  ledger: LedgerView;
  /** The revision log; without it the router is read-only (edits, revisions and tokens answer 412). */
  store?: Store | null;
  /** The caller's token, resolved by the HTTP layer; null or absent: anonymous. */
  auth?: Auth | null;
  /** Shared across requests so "as recorded at R" folds are reused; default: one per context. */
  recorded?: RecordedLedgers;
  /** Resolves once `ledger` reflects a revision; default: refold from `store` when it lags. */
  catchUp?: (upTo: number) => Promise<void>;
}

/**
 * Builds the context from plain inputs, so tests do `createCaller(createContextInner({ ledger, store }))`
 * and exercise the whole router without HTTP.
 * @see https://trpc.io/docs/server/context#inner-and-outer-context
 */
export function createContextInner(deps: ContextDeps) {
  const store = deps.store ?? null;
  const recorded = deps.recorded ?? (store ? new RecordedLedgers(store, {}, deps.ledger) : null);
  const noStore = () =>
    new TRPCError({ code: 'PRECONDITION_FAILED', message: 'this hutong has no revision log to use' });
  const requireStore = (): Store => {
    if (store) return store;
    throw noStore();
  };
  return {
    ledger: deps.ledger,
    auth: deps.auth ?? null,
    requireStore,
    /** The ledger as recorded at `recordedAt` (what hutong said then), or the live one. */
    async ledgerAt(recordedAt: string | undefined): Promise<FoldedLedger> {
      if (recordedAt === undefined) return deps.ledger;
      if (!recorded) throw noStore();
      return recorded.at(recordedAt);
    },
    async catchUp(upTo: number): Promise<void> {
      if (deps.catchUp) return deps.catchUp(upTo);
      if (!store || deps.ledger.revision >= upTo) return;
      const { ledger, head } = await store.snapshot();
      if (head > deps.ledger.revision) deps.ledger.replace(ledger, head);
    },
  };
}

export type Context = ReturnType<typeof createContextInner>;
