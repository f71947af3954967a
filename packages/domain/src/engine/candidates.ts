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
  const targets = targetCode === undefined || targetCode === 0 ? NO_TARGETS : index.lineage[targetCode]!;
  const found: Timeline[] = [];
  for (let t = 0; t <= targets.length; t++) {
    const tc = t < targets.length ? targets[t]! : 0;
    // Named surface first across the host's lineage, then `*`; one lookup per host serves both.
    const own = index.timelines.surfaces(hosts[0]!, cap, tc);
    const parent = hosts.length > 1 ? index.timelines.surfaces(hosts[1]!, cap, tc) : undefined;
    if (!own && !parent && hosts.length <= 2) continue;
    for (let h = 0; h < hosts.length; h++) {
      const bySurface = h === 0 ? own : h === 1 ? parent : index.timelines.surfaces(hosts[h]!, cap, tc);
      const tl = bySurface?.[surf];
      if (tl) found.push(tl);
    }
    if (surf === ANY_SURFACE) continue;
    for (let h = 0; h < hosts.length; h++) {
      const bySurface = h === 0 ? own : h === 1 ? parent : index.timelines.surfaces(hosts[h]!, cap, tc);
      const tl = bySurface?.[ANY_SURFACE];
      if (tl) found.push(tl);
    }
  }
  return found;
}

const NO_TARGETS: number[] = [];

/** The rule in force on `day`: the first candidate with a rule on or before it. */
export function winnerAt(cands: readonly Timeline[], day: number): IndexedRule | null {
  for (const t of cands) {
    const i = ruleIndexAt(t.days, day);
    if (i >= 0) return t.rules[i]!;
  }
  return null;
}
