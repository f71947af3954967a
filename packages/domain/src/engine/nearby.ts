import type { NearbyAnswer } from '../schema';
import type { CrossingKey } from './basis';
import { crossingSegments } from './crossing';
import type { LedgerIndex } from './fold';
import { recordedCrossings } from './recorded';
import { segmentAt } from './segment';

const LIMIT = 12;

/**
 * The recorded crossings closest to a question nothing covers, answered on the same day: the same
 * host and capability with the target's owner, its platforms or its company's other platforms
 * (asked about an ad platform, the platforms it advertises), then the crossing on other surfaces.
 */
export function nearbyAnswers(index: LedgerIndex, q: CrossingKey, day: number): NearbyAnswer[] {
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
  const out: NearbyAnswer[] = [];
  for (const c of recorded) {
    const relation = relationOf(c);
    if (!relation) continue;
    const seg = segmentAt(crossingSegments(index, c), day);
    if (seg.status === 'unknown') continue;
    out.push({ ...c, status: seg.status, basis: seg.basis, relation, rule: seg.rule?.rule.id ?? null });
  }
  return out
    .sort(
      (a, b) =>
        rank[a.relation] - rank[b.relation] ||
        Number(b.surface === q.surface) - Number(a.surface === q.surface),
    )
    .slice(0, LIMIT);
}
