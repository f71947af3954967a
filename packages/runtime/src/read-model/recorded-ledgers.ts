import type { Ledger } from '@hutong/domain';
import type { FoldedLedger, RecordedAt } from '@hutong/router';
import { busy } from '@hutong/router';
import type { Store } from '@hutong/store';
import { LRUCache } from 'lru-cache';
import pLimit from 'p-limit';
import { LedgerView } from './ledger-view';

export interface RecordedLedgersOptions {
  /** Estimated bytes the folded ledgers may hold together (least recently used dropped first). */
  maxBytes?: number;
  /** Folds running or waiting at once; one more distinct revision is refused (503) until one ends. */
  maxFolds?: number;
}

/** A folded ledger's estimated size: ~2 KB per entity and 1 KB per policy change (indexes included). */
export function estimatedBytes(ledger: Ledger): number {
  const entities =
    ledger.actors.length +
    ledger.sources.length +
    ledger.events.length +
    ledger.regulations.length +
    ledger.figures.length;
  let changes = 0;
  for (const e of ledger.events) changes += e.changes.length;
  return 2048 * entities + 1024 * changes + 4096;
}

/**
 * Ledgers "as recorded at R". R maps to the revision in force at that instant, and one folded ledger
 * is kept per revision (the log is append-only, so a revision's ledger never changes): any number of
 * instants at one revision cost one fold. Concurrent asks for one revision share its fold; folds run
 * one at a time, at most `maxFolds` distinct ones queued, and the cache is bounded by estimated bytes.
 */
export class RecordedLedgers implements RecordedAt {
  readonly #store: Pick<Store, 'snapshot' | 'revisionAt'>;
  readonly #live: LedgerView | undefined;
  readonly #folds = pLimit(1);
  readonly #maxFolds: number;
  readonly #inFlight = new Map<number, Promise<LedgerView>>();
  readonly #cache: LRUCache<number, LedgerView>;

  constructor(
    store: Pick<Store, 'snapshot' | 'revisionAt'>,
    opts: RecordedLedgersOptions = {},
    /** The live view: an R at its revision is answered by it, no fold at all. */
    live?: LedgerView,
  ) {
    this.#store = store;
    this.#live = live;
    this.#maxFolds = opts.maxFolds ?? 4;
    this.#cache = new LRUCache({ maxSize: opts.maxBytes ?? 128 * 2 ** 20 });
  }

  /** Folds cached, and folds running or queued (for tests and the README's budget). */
  get stats() {
    return { cached: this.#cache.size, bytes: this.#cache.calculatedSize, folding: this.#inFlight.size };
  }

  async at(recordedAt: string): Promise<FoldedLedger> {
    const revision = await this.#store.revisionAt(recordedAt);
    // Read together, so a refold landing later cannot hand this request a newer ledger.
    const live = this.#live && { index: this.#live.index, revision: this.#live.revision };
    if (live?.revision === revision) return live;
    const cached = this.#cache.get(revision);
    if (cached) return cached;
    const running = this.#inFlight.get(revision);
    if (running) return running;
    if (this.#inFlight.size >= this.#maxFolds)
      throw busy(`recordedAt: ${this.#maxFolds} other ledgers are being folded; retry in a second`);
    const fold = this.#folds(() => this.#fold(revision));
    this.#inFlight.set(revision, fold);
    fold.then(
      () => this.#inFlight.delete(revision),
      () => this.#inFlight.delete(revision),
    );
    return fold;
  }

  async #fold(revision: number): Promise<LedgerView> {
    const { ledger, head } = await this.#store.snapshot({ revision });
    const view = new LedgerView(ledger, head);
    this.#cache.set(revision, view, { size: estimatedBytes(ledger) });
    return view;
  }
}
