import type { Openness } from '../../schema';
import { crossingSegments } from '../answer/crossing';
import { decide, PART } from '../answer/decide';
import { rollupMembers } from '../answer/roll-up';
import type { Segment } from '../answer/segment';
import type { LedgerIndex } from '../fold/fold';
import { OPENNESS_WEIGHTS, openness, scoreOf } from '../views/openness';

/** The ledger's own openness series, kept per folded ledger: every what-if on it shares it. */
export function baselineOpenness(index: LedgerIndex, host: string, target: string, from: string, to: string) {
  const cache = index.memo.once('baseline-openness', () => new Map<string, Openness>());
  const key = `${host}|${target}|${from}|${to}`;
  let out = cache.get(key);
  if (!out) {
    if (cache.size > 64) cache.clear();
    out = openness(index, host, target, from, to);
    cache.set(key, out);
  }
  return out;
}

/**
 * The counterfactual's openness series, equal to `openness(cf, …)`: a month is scored again only
 * where some cell the index reads scores differently on the two ledgers; elsewhere the baseline's
 * point is the counterfactual's too. Cells whose whole history reads the same are never asked.
 */
export function counterfactualOpenness(base: LedgerIndex, cf: LedgerIndex, before: Openness): Openness {
  const cells: { host: string; surface: string; capability: string; target: string }[] = [];
  for (const host of rollupMembers(base, before.host))
    for (const target of rollupMembers(base, before.target))
      for (const { capability, surfaces } of OPENNESS_WEIGHTS)
        for (const surface of surfaces) {
          const key = { host, surface, capability, target } as Parameters<typeof crossingSegments>[1];
          if (!sameScores(crossingSegments(base, key), crossingSegments(cf, key))) cells.push(key);
        }
  const points = before.points.map((p) => {
    const differs = cells.some((c) => {
      const q = { ...c, at: p.date } as Parameters<typeof decide>[1];
      return scoreOf(decide(base, q, PART)) !== scoreOf(decide(cf, q, PART));
    });
    return differs ? openness(cf, before.host, before.target, p.date, p.date).points[0]! : p;
  });
  return { ...before, points };
}

/** Whether two histories give every day the same status, basis, friction and rest (what a score reads). */
function sameScores(a: readonly Segment[], b: readonly Segment[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.start !== y.start ||
      x.status !== y.status ||
      x.basis !== y.basis ||
      x.rest?.status !== y.rest?.status ||
      (x.rule?.friction.length ?? 0) !== (y.rule?.friction.length ?? 0)
    )
      return false;
  }
  return true;
}
