const GONE: unique symbol = Symbol('gone');
/** Past this many changed keys a layered map is flattened: the copy is paid once per so many edits. */
const FLATTEN_AT = 512;

/**
 * A read-only map made of a base it never writes and a small layer of changes over it, so an index
 * updated by a few entities shares its large maps with the one before it (copying a 50,000-entry Map
 * costs tens of milliseconds). Iterates as a copied-and-edited Map would: the base's keys in place
 * (an overridden one with its new value), then keys new to the layer in the order they were added.
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  readonly #base: ReadonlyMap<K, V>;
  readonly #layer: ReadonlyMap<K, V | typeof GONE>;
  readonly size: number;

  private constructor(base: ReadonlyMap<K, V>, layer: ReadonlyMap<K, V | typeof GONE>, size: number) {
    this.#base = base;
    this.#layer = layer;
    this.size = size;
  }

  /** `prev` with `changes` applied (undefined: the key is gone); `prev` is left as it was. */
  static edit<K, V>(prev: ReadonlyMap<K, V>, changes: ReadonlyMap<K, V | undefined>): ReadonlyMap<K, V> {
    const base = prev instanceof LayeredMap ? (prev.#base as ReadonlyMap<K, V>) : prev;
    const layer = new Map<K, V | typeof GONE>(prev instanceof LayeredMap ? prev.#layer : []);
    let size = prev.size;
    for (const [k, v] of changes) {
      const had = prev.has(k);
      if (v === undefined) {
        if (!had) continue;
        size--;
        if (base.has(k)) layer.set(k, GONE);
        else layer.delete(k);
      } else {
        if (!had) size++;
        layer.set(k, v);
      }
    }
    const next = new LayeredMap(base, layer, size);
    return layer.size > FLATTEN_AT ? new Map(next) : next;
  }

  get(key: K): V | undefined {
    const v = this.#layer.get(key);
    if (v === GONE) return undefined;
    return v !== undefined ? v : this.#base.get(key);
  }

  has(key: K): boolean {
    const v = this.#layer.get(key);
    return v === GONE ? false : v !== undefined || this.#base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [k, v] of this.#base) {
      const over = this.#layer.get(k);
      if (over === GONE) continue;
      yield [k, over !== undefined ? over : v];
    }
    for (const [k, v] of this.#layer) if (v !== GONE && !this.#base.has(k)) yield [k, v];
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}
