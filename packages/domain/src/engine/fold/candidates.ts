import type { LedgerIndex } from './fold';
import { ANY_SURFACE, capabilityCode, innerKeyOf, surfaceCode } from './keys';
import type { Timeline } from './timeline';

/**
 * The timelines whose rules cover a question, most specific first: target platform before its
 * company before `*`, then a named surface before `*`, then the host before its owner. The order
 * only breaks ties between rules that start on the same day (hutong-decide/4, time before breadth).
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
  // Most hosts in a lineage (the owning company) record nothing for a capability: fetch each host's
  // map once, and skip the target and surface lookups for hosts without one.
  const own = index.timelines.forHost(hosts[0]!, cap);
  const parent = hosts.length > 1 ? index.timelines.forHost(hosts[1]!, cap) : undefined;
  if (!own && !parent && hosts.length <= 2) return found;
  const maps = hosts.length <= 2 ? [own, parent] : hosts.map((h) => index.timelines.forHost(h, cap));
  for (let t = 0; t <= targets.length; t++) {
    const target = t < targets.length ? targets[t]! : 0;
    // Named surface first across the host's lineage, then `*`.
    for (const m of maps) {
      const tl = m?.get(innerKeyOf(target, surf));
      if (tl) found.push(tl);
    }
    if (surf === ANY_SURFACE) continue;
    for (const m of maps) {
      const tl = m?.get(innerKeyOf(target, ANY_SURFACE));
      if (tl) found.push(tl);
    }
  }
  return found;
}

const NO_TARGETS: number[] = [];
