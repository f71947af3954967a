/**
 * A seeded pseudo-random stream (mulberry32): small, fast and the same on every platform, so a seed
 * names one bootstrap or one simulation exactly. Not for anything secret.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in [0, n). */
export const randomIndex = (random: Random, n: number) => Math.min(n - 1, Math.floor(random() * n));
