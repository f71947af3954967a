import type { CrossingKey, NearbyAnswer } from '../schema';
import { crossingSegments } from './crossing';
import type { LedgerIndex } from './fold';
import { type RecordedCrossing, recordedCrossings } from './recorded';
import { segmentAt } from './segment';

const LIMIT = 12;

/**
 * The recorded crossings closest to a question nothing covers, answered on the same day: the same
 * host and capability with the target's owner, its platforms or its company's other platforms
 * (asked about an ad platform, the platforms it advertises), then the crossing on other surfaces.
 */
export function nearbyAnswers(index: LedgerIndex, q: CrossingKey, day: number): NearbyAnswer[] {
  const out: NearbyAnswer[] = [];
  for (const { crossing: c, relation } of related(index, q)) {
    const seg = segmentAt(crossingSegments(index, c), day);
    if (seg.status === 'unknown') continue;
    out.push({ ...c, status: seg.status, basis: seg.basis, relation, rule: seg.rule?.rule.id ?? null });
    if (out.length === LIMIT) break;
  }
  return out;
}

interface Related {
  crossing: RecordedCrossing;
  relation: NearbyAnswer['relation'];
}
const relatedCache = new WeakMap<LedgerIndex, Map<string, Related[]>>();

/** The recorded crossings related to a question, closest first; the same for every date, so cached. */
function related(index: LedgerIndex, q: CrossingKey): Related[] {
  let cache = relatedCache.get(index);
  if (!cache) {
    cache = new Map();
    relatedCache.set(index, cache);
  }
  const key = `${q.host}|${q.surface}|${q.capability}|${q.target}`;
  let list = cache.get(key);
  if (!list) {
    if (cache.size > 100_000) cache.clear();
    list = findRelated(index, q);
    cache.set(key, list);
  }
  return list;
}

function findRelated(index: LedgerIndex, q: CrossingKey): Related[] {
  const recorded = recordedCrossings(index).byHostCapability.get(`${q.host}|${q.capability}`);
  if (!recorded) return [];
  const owner = index.actors.get(q.target)?.owner;
  const platforms = new Set(index.owned.get(q.target) ?? []);
  const siblings = new Set(owner ? (index.owned.get(owner) ?? []) : []);
  siblings.delete(q.target);
  const relationOf = (c: CrossingKey): NearbyAnswer['relation'] | null => {
    if (c.target === q.target) return c.surface === q.surface ? null : 'other-surface';
    if (c.target === owner) return 'target-owner';
    if (platforms.has(c.target)) return 'target-platform';
    if (siblings.has(c.target)) return 'sibling-platform';
    return null;
  };
  const rank: Record<NearbyAnswer['relation'], number> = {
    'target-owner': 0,
    'target-platform': 1,
    'sibling-platform': 2,
    'other-surface': 3,
  };
  const out: Related[] = [];
  for (const crossing of recorded) {
    const relation = relationOf(crossing);
    if (relation) out.push({ crossing, relation });
  }
  return out.sort(
    (a, b) =>
      rank[a.relation] - rank[b.relation] ||
      Number(b.crossing.surface === q.surface) - Number(a.crossing.surface === q.surface),
  );
}
