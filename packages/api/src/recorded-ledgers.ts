import type { Store } from '@hutong/store';
import { LedgerView } from './ledger-view';

/**
 * Ledgers "as recorded at R", folded on demand and kept in a small LRU shared across requests. An
 * entry is keyed on R and on the store's head when it was folded: an edit appended later may still
 * be recorded at or before a future R, so any append retires the entries folded before it.
 */
export class RecordedLedgers {
  readonly #store: Pick<Store, 'snapshot' | 'head'>;
  readonly #size: number;
  readonly #cache = new Map<string, Promise<LedgerView>>();

  constructor(store: Pick<Store, 'snapshot' | 'head'>, size = 8) {
    this.#store = store;
    this.#size = size;
  }

  async at(recordedAt: string): Promise<LedgerView> {
    const key = `${recordedAt}@${await this.#store.head()}`;
    let view = this.#cache.get(key);
    if (view) this.#cache.delete(key); // re-inserted below: most recently used last
    view ??= this.#fold(recordedAt, key);
    this.#cache.set(key, view);
    while (this.#cache.size > this.#size) this.#cache.delete(this.#cache.keys().next().value!);
    return view;
  }

  #fold(recordedAt: string, key: string): Promise<LedgerView> {
    const view = this.#store
      .snapshot({ recordedAt })
      .then(({ ledger, head }) => new LedgerView(ledger, head));
    view.catch(() => this.#cache.delete(key));
    return view;
  }
}
