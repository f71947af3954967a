import { Capability, Surface } from '../schema';

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
 * Timelines in two levels: a dense array by (host, capability), then a map by (target, surface).
 * Both keys stay small integers, which V8 indexes and hashes far faster than one packed 2^40 key.
 */
export class RuleIndex<T> {
  readonly #byHostCapability: (Map<number, T> | undefined)[] = [];
  readonly #all: T[] = [];

  get(host: number, capability: number, target: number, surface: number): T | undefined {
    return this.#byHostCapability[host * 16 + capability]?.get(target * 16 + surface);
  }

  /** The host's timelines for one capability, keyed by `target * 16 + surface`; fetched once per question. */
  forHost(host: number, capability: number): Map<number, T> | undefined {
    return this.#byHostCapability[host * 16 + capability];
  }

  getOrCreate(host: number, capability: number, target: number, surface: number, create: () => T): T {
    const slot = host * 16 + capability;
    // Grown by push so the array stays packed: a store far past the end would turn it into a slow dictionary.
    while (this.#byHostCapability.length <= slot) this.#byHostCapability.push(undefined);
    let inner = this.#byHostCapability[slot];
    if (!inner) {
      inner = new Map();
      this.#byHostCapability[slot] = inner;
    }
    let value = inner.get(target * 16 + surface);
    if (value === undefined) {
      value = create();
      inner.set(target * 16 + surface, value);
      this.#all.push(value);
    }
    return value;
  }

  /** Every timeline, in the order first created. */
  values(): readonly T[] {
    return this.#all;
  }
}
