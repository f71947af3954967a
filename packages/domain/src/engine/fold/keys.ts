import { Capability, Surface } from '../../schema';

/** Dense integer codes, so a rule key is one number and index lookups never build strings. */
export const SURFACES = Surface.options;
export const CAPABILITIES = Capability.options;
export const surfaceCode = new Map<string, number>(SURFACES.map((s, i) => [s, i]));
export const capabilityCode = new Map<string, number>(CAPABILITIES.map((c, i) => [c, i]));
export const ANY_SURFACE = surfaceCode.get('*')!;

// Rule keys pack surface and capability codes into 16 slots each (see RuleIndex); more would collide.
if (SURFACES.length > 16 || CAPABILITIES.length > 16)
  throw new Error(
    'RuleIndex packs surfaces and capabilities into 16 slots each: widen it before adding more',
  );

/** Actor codes: `*` is 0, known actors 1…n, ids named only in rules get codes too. */
export class ActorCodes {
  readonly byId = new Map<string, number>([['*', 0]]);
  readonly ids: string[] = ['*'];

  code(id: string): number {
    let c = this.byId.get(id);
    if (c === undefined) {
      c = this.ids.length;
      this.byId.set(id, c);
      this.ids.push(id);
    }
    return c;
  }
}

/**
 * The packing of a crossing into small integers — kept here alone (a test bans it elsewhere): a rule
 * slot is host × capability, a key within a slot target × surface (16 slots each for capability and
 * surface, checked above), and a memo key adds whether a `*` is read as one part and what kind of
 * value is kept.
 */
export const slotOf = (host: number, capability: number): number => host * 16 + capability;
export const innerKeyOf = (target: number, surface: number): number => target * 16 + surface;
export const surfaceOfInnerKey = (key: number): number => key % 16;
export const targetOfInnerKey = (key: number): number => Math.floor(key / 16);
export const memoKeyOf = (target: number, surface: number, ownSurface: boolean, kind: number): number =>
  (innerKeyOf(target, surface) * 2 + (ownSurface ? 1 : 0)) * 4 + kind;

/**
 * Timelines in two levels: a dense array by (host, capability), then a map by (target, surface).
 * Both keys stay small integers, which V8 indexes and hashes far faster than one packed 2^40 key.
 * A clone shares everything until it writes (copy on write, by chunks of the outer array and by inner
 * map), so an incremental fold costs the keys it touches, not the number of hosts, and the index it
 * came from stays whole for the reads still using it.
 */
export class RuleIndex<T> {
  #chunks: (Slots<T> | undefined)[] = [];
  /** Chunks and inner maps this index may write: the ones it created or already copied. */
  #own = new Set<object>();

  get(host: number, capability: number, target: number, surface: number): T | undefined {
    const slot = slotOf(host, capability);
    return this.#chunks[slot >> CHUNK_BITS]?.[slot & CHUNK_MASK]?.get(innerKeyOf(target, surface));
  }

  /** The host's timelines for one capability, keyed by `innerKeyOf(target, surface)`; fetched once per question. */
  forHost(host: number, capability: number): Map<number, T> | undefined {
    const slot = slotOf(host, capability);
    return this.#chunks[slot >> CHUNK_BITS]?.[slot & CHUNK_MASK];
  }

  getOrCreate(host: number, capability: number, target: number, surface: number, create: () => T): T {
    const inner = this.#writable(slotOf(host, capability));
    let value = inner.get(innerKeyOf(target, surface));
    if (value === undefined) {
      value = create();
      inner.set(innerKeyOf(target, surface), value);
    }
    return value;
  }

  /** Puts `value` at the key, or removes the key when `value` is undefined. */
  set(host: number, capability: number, target: number, surface: number, value: T | undefined): void {
    const slot = slotOf(host, capability);
    if (value !== undefined) {
      this.#writable(slot).set(innerKeyOf(target, surface), value);
      return;
    }
    if (!this.forHost(host, capability)?.has(innerKeyOf(target, surface))) return;
    const inner = this.#writable(slot);
    inner.delete(innerKeyOf(target, surface));
    if (inner.size === 0) this.#chunk(slot)[slot & CHUNK_MASK] = undefined;
  }

  /** A copy sharing every chunk and inner map until it writes to one. */
  clone(): RuleIndex<T> {
    const copy = new RuleIndex<T>();
    copy.#chunks = this.#chunks.slice();
    return copy;
  }

  /** Every timeline. */
  *values(): IterableIterator<T> {
    for (const chunk of this.#chunks) if (chunk) for (const inner of chunk) if (inner) yield* inner.values();
  }

  /** The chunk holding `slot`, writable by this index. */
  #chunk(slot: number): Slots<T> {
    const c = slot >> CHUNK_BITS;
    // Grown by push so the array stays packed: a store far past the end would turn it into a slow dictionary.
    while (this.#chunks.length <= c) this.#chunks.push(undefined);
    let chunk = this.#chunks[c];
    if (chunk && this.#own.has(chunk)) return chunk;
    chunk = chunk ? chunk.slice() : Array.from({ length: CHUNK_SIZE }, () => undefined);
    this.#own.add(chunk);
    this.#chunks[c] = chunk;
    return chunk;
  }

  #writable(slot: number): Map<number, T> {
    const chunk = this.#chunk(slot);
    let inner = chunk[slot & CHUNK_MASK];
    if (inner && this.#own.has(inner)) return inner;
    inner = new Map(inner);
    this.#own.add(inner);
    chunk[slot & CHUNK_MASK] = inner;
    return inner;
  }
}

type Slots<T> = (Map<number, T> | undefined)[];
const CHUNK_BITS = 10;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/** A crossing's place in the memo: its rule slot (host × capability) and its key within the slot. */
export interface PackedKey {
  readonly host: number;
  readonly capability: number;
  readonly slot: number;
  /** `(innerKeyOf(target, surface)) * 2 + ownSurface`, times 4 for the kind of value kept under it. */
  readonly key: number;
}

/** The packed key of a crossing whose ids all have codes (else null: nothing is memoised for it). */
export function packKey(
  codes: ActorCodes,
  host: string,
  surface: string,
  capability: string,
  target: string,
  ownSurface: boolean,
): PackedKey | null {
  const h = codes.byId.get(host);
  const t = codes.byId.get(target);
  const c = capabilityCode.get(capability);
  const s = surfaceCode.get(surface);
  if (h === undefined || t === undefined || c === undefined || s === undefined) return null;
  return { host: h, capability: c, slot: slotOf(h, c), key: memoKeyOf(t, s, ownSurface, 0) };
}
