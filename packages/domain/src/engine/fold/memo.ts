/**
 * What a folded ledger has computed from itself: answer timelines per key and whole-ledger values
 * (recorded crossings, a company's platforms). It lives in the index, so nothing outlives the index
 * it was computed from (no module-level caches).
 *
 * An incremental fold (refoldEvents) gives the new index a memo whose `parent` is the old index's,
 * with the rule slots (host × capability) the edit rebuilt. A timeline is read from an ancestor when
 * none of the slots it depends on was rebuilt since: an edit recomputes only the keys it touches,
 * the broad keys above them and the narrower keys its rules cover.
 */
export class Memo {
  /** Slot → keyed entries; a slot is host × capability (keys.ts `slotOf`), the RuleIndex's outer key. */
  // A map, not a dense array: a fresh memo (after every edit) must not grow an array to the slot's index.
  readonly #bySlot = new Map<number, Map<number, MemoEntry>>();
  readonly #whole = new Map<string, unknown>();
  #size = 0;
  #parent: Memo | null;
  readonly #dirty: ReadonlySet<number> | null;

  constructor(parent: Memo | null = null, dirty: ReadonlySet<number> | null = null) {
    this.#dirty = dirty;
    // A long chain of edits keeps old rule objects alive: past a few levels, start afresh.
    let depth = 0;
    for (let m = parent; m; m = m.#parent) if (++depth >= MAX_DEPTH) m.#parent = null;
    this.#parent = parent;
  }

  /** The entry at `slot`/`key`, from this memo or (still valid) from an ancestor. */
  get(slot: number, key: number): MemoEntry | undefined {
    const own = this.#bySlot.get(slot)?.get(key);
    if (own || !this.#parent) return own;
    const dirty: ReadonlySet<number>[] = [];
    for (let m: Memo = this; m.#parent; m = m.#parent) {
      if (m.#dirty) dirty.push(m.#dirty);
      const found = m.#parent.#bySlot.get(slot)?.get(key);
      if (!found) continue;
      if (!found.deps.some((d) => dirty.some((set) => set.has(d)))) {
        this.set(slot, key, found);
        return found;
      }
      return undefined;
    }
    return undefined;
  }

  set(slot: number, key: number, entry: MemoEntry): void {
    if (this.#size >= ENTRY_LIMIT) {
      // A gateway asking about millions of distinct crossings recomputes rather than grows.
      this.#bySlot.clear();
      this.#size = 0;
    }
    let inner = this.#bySlot.get(slot);
    if (!inner) {
      inner = new Map();
      this.#bySlot.set(slot, inner);
    }
    inner.set(key, entry);
    this.#size++;
  }

  /** A whole-ledger value, computed once per index (never inherited: it reads every key). */
  once<T>(name: string, compute: () => T): T {
    if (this.#whole.has(name)) return this.#whole.get(name) as T;
    const value = compute();
    this.#whole.set(name, value);
    return value;
  }
}

/** A memoised value with the rule slots it was computed from. */
export interface MemoEntry {
  readonly deps: readonly number[];
}

const MAX_DEPTH = 16;
const ENTRY_LIMIT = 250_000;
