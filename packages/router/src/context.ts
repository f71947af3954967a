import type { Store } from '@hutong/store';
import { TRPCError } from '@trpc/server';
import type { Auth } from './auth';
import { type Cost, priceOf } from './cost';
import { HEAVY, type HeavyInput, type HeavyOutput, type HeavyTask } from './heavy';
import { memoOn } from './memo';
import type { FoldedLedger, Live } from './read-model';

export interface ContextDeps {
  /**
   * The live ledger every read uses unless it asks for "as recorded at"; read afresh at each use (the
   * runtime's view swaps its index whole when a revision lands).
   */
  ledger: FoldedLedger;
  /**
   * The revision log with what the runtime keeps over it (ledgers as recorded at, the follower's
   * catch-up); without it the router is read-only: edits, revisions, tokens and `recordedAt` answer 412.
   */
  live?: Live | null;
  /** The caller's token, resolved by the HTTP layer; null or absent: anonymous. */
  auth?: Auth | null;
  /** Runs heavy work off the request thread (the server's worker pool); default: inline. */
  offload?: Offload;
}

/** Runs `task` on `read`'s ledger elsewhere and resolves to its answer, computed at `read.revision`. */
export type Offload = <T extends HeavyTask>(
  task: T,
  read: FoldedLedger,
  input: HeavyInput<T>,
) => Promise<HeavyOutput<T>>;

/**
 * Builds the context from plain inputs, so tests do `createCaller(createContextInner({ ledger, live }))`
 * and exercise the whole router without HTTP.
 * @see https://trpc.io/docs/server/context#inner-and-outer-context
 */
export function createContextInner(deps: ContextDeps) {
  const store = deps.live?.store ?? null;
  const recorded = deps.live?.recorded ?? null;
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
    /**
     * `task` on `read`: on the worker pool when there is one and the call's price reaches the pool
     * threshold its cost declares, else here. Its answer is computed on exactly `read`'s ledger.
     */
    async heavy<T extends HeavyTask>(
      task: T,
      read: FoldedLedger,
      input: HeavyInput<T>,
      cost: Cost,
      /** How to run it here, when not on the pool (default: `HEAVY[task]` in one go). */
      inline?: () => Promise<HeavyOutput<T>>,
    ): Promise<HeavyOutput<T>> {
      const scope = { input: input as Record<string, unknown>, index: read.index, revision: read.revision };
      const pooled = deps.offload && cost.pool !== undefined && priceOf(cost, scope).price >= cost.pool;
      if (pooled) return deps.offload!(task, read, input);
      if (inline) return inline();
      return HEAVY[task](read.index, input as never) as HeavyOutput<T>;
    },
    /** `make()` once per key while the live index stands (analyses asked again with the same input). */
    memo<T>(key: string, make: () => T): T {
      return memoOn(deps.ledger.index, key, make);
    },
    async catchUp(upTo: number): Promise<void> {
      await deps.live?.catchUp(upTo);
    },
  };
}

export type Context = ReturnType<typeof createContextInner>;
