/**
 * The one binary search of the code base (a test bans hand-written ones elsewhere): schedules, steps,
 * segments and event lists are all kept sorted, and every "which one holds on this day" reads them so.
 */

/** The first index in [0, length) at which `before(i)` is false, given it is true then false along the range. */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last value ≤ `x` in an ascending list, or -1 (the hot path: no callback). */
export function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
