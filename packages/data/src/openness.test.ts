import {
  COUNTING,
  decide,
  foldLedger,
  OPENNESS_WEIGHTS,
  openness,
  rollupMembers,
  scoreOf,
} from '@hutong/domain';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

const index = foldLedger(loadLedger());

const RANK = { blocked: 0, partial: 1, friction: 2, open: 3 } as const;

/**
 * How much access a counted answer gives, by status order alone (no scores): a partial rollout sits
 * just above what everyone else still gets. Null when openness does not count the answer.
 */
function access(d: ReturnType<typeof decide>): number | null {
  if (scoreOf(d) === null) return null;
  const own = RANK[d.status as keyof typeof RANK];
  return d.rest && d.rest.status !== 'unknown' ? RANK[d.rest.status] + 0.5 : own;
}

/** Every cell the index scores for host × target, with the access its answer on `at` gives. */
function cells(host: string, target: string, at: string): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const { capability, surfaces } of OPENNESS_WEIGHTS)
    for (const h of rollupMembers(index, host))
      for (const t of rollupMembers(index, target))
        for (const surface of surfaces)
          out.set(
            `${h}·${surface}·${capability}·${t}`,
            access(decide(index, { host: h, surface, capability, target: t, at }, COUNTING)),
          );
  return out;
}

/**
 * A month widens access when some cell rose, none fell or vanished, and any cell that appeared
 * is open (a newly recorded block or friction is news, not a widening).
 */
function onlyWidens(before: Map<string, number | null>, after: Map<string, number | null>): boolean {
  let rose = false;
  for (const [k, a] of before) {
    const b = after.get(k) ?? null;
    if (a === b) continue;
    if (b === null || (a === null ? b < RANK.open : b < a)) return false;
    rose = true;
  }
  return rose;
}

describe('openness on the curated ledger (hutong-openness/2)', () => {
  for (const [host, target] of [
    ['tencent', 'alibaba'],
    ['alibaba', 'tencent'],
  ] as const)
    it(`${host} × ${target} does not fall in a month whose only changes widen access`, {
      timeout: 120_000,
    }, () => {
      const points = openness(index, host, target, '2013-01-01', '2026-12-01').points;
      const falls: string[] = [];
      let widening = 0;
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        if (!onlyWidens(cells(host, target, a.date), cells(host, target, b.date))) continue;
        widening++;
        if (a.value !== null && b.value !== null && b.value < a.value)
          falls.push(`${a.date} ${a.value} → ${b.value}`);
      }
      expect(falls).toEqual([]);
      // The check has something to check: the opening since 2021 has widening months.
      expect(widening).toBeGreaterThan(1);
    });
});
