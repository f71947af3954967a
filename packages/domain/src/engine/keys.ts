import { Capability, Surface } from '../schema';

/** Dense integer codes, so a rule key is one number and index lookups never build strings. */
export const SURFACES = Surface.options;
export const CAPABILITIES = Capability.options;
export const surfaceCode = new Map<string, number>(SURFACES.map((s, i) => [s, i]));
export const capabilityCode = new Map<string, number>(CAPABILITIES.map((c, i) => [c, i]));
export const ANY_SURFACE = surfaceCode.get('*')!;

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
 * Packs (host, surface, capability, target) into one safe integer. The actor radix is fixed at fold
 * time, so it must exceed the number of actor codes: 2^20 actors × 16 surfaces × 16 capabilities
 * × 2^20 actors stays below 2^53.
 */
export const ACTOR_RADIX = 1 << 20;
export function ruleKey(host: number, surface: number, capability: number, target: number): number {
  return ((host * 16 + surface) * 16 + capability) * ACTOR_RADIX + target;
}
