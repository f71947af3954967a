import type { LedgerIndex } from './fold';
import { ANY_SURFACE, capabilityCode, surfaceCode } from './keys';
import { type IndexedRule, ruleIndexAt, type Timeline } from './timeline';

/**
 * The timelines that can answer a question, most specific first: target platform before its
 * company before `*`, then a named surface before `*`, then the host before its owner.
 */
export function candidateTimelines(
  index: LedgerIndex,
  host: string,
  surface: string,
  capability: string,
  target: string,
): Timeline[] {
  const hostCode = index.codes.byId.get(host);
  const cap = capabilityCode.get(capability);
  const surf = surfaceCode.get(surface);
  if (hostCode === undefined || cap === undefined || surf === undefined) return [];
  const hosts = index.lineage[hostCode]!;
  const targetCode = index.codes.byId.get(target);
  const targets = targetCode === undefined || targetCode === 0 ? [] : index.lineage[targetCode]!;
  const found: Timeline[] = [];
  for (let t = 0; t <= targets.length; t++) {
    const tc = t < targets.length ? targets[t]! : 0;
    for (let pass = 0; pass < 2; pass++) {
      const sc = pass === 0 ? surf : ANY_SURFACE;
      if (pass === 1 && surf === ANY_SURFACE) break;
      for (const hc of hosts) {
        const tl = index.timelines.get(hc, cap, tc, sc);
        if (tl) found.push(tl);
      }
    }
  }
  return found;
}

/** The rule in force on `day`: the first candidate with a rule on or before it. */
export function winnerAt(cands: readonly Timeline[], day: number): IndexedRule | null {
  for (const t of cands) {
    const i = ruleIndexAt(t.days, day);
    if (i >= 0) return t.rules[i]!;
  }
  return null;
}
