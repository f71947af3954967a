import type { CrossingKey, NearbyAnswer } from '../../schema';
import type { LedgerIndex } from '../fold/fold';
import { type PackedKey, packKey } from '../fold/keys';
import type { MemoEntry } from '../fold/memo';
import { type RecordedCrossing, slotCrossings } from '../views/recorded';
import { crossingSegments } from './crossing';
import { segmentAt } from './segment';

const LIMIT = 12;

/**
 * The recorded crossings closest to a question nothing covers, answered on the same day: the same
 * host and capability with the target's owner, its platforms or its company's other platforms
 * (asked about an ad platform, the platforms it advertises), then the crossing on other surfaces.
 */
export function nearbyAnswers(
  index: LedgerIndex,
  q: CrossingKey,
  day: number,
  near: readonly Related[] = relatedTo(index, q),
): NearbyAnswer[] {
  const out: NearbyAnswer[] = [];
  for (const { crossing: c, relation } of near) {
    const seg = segmentAt(crossingSegments(index, c), day);
    if (seg.status === 'unknown') continue;
    out.push({ ...c, status: seg.status, basis: seg.basis, relation, rule: seg.rule?.rule.id ?? null });
    if (out.length === LIMIT) break;
  }
  return out;
}

export interface Related {
  crossing: RecordedCrossing;
  relation: NearbyAnswer['relation'];
}
/** The related list kept under a crossing's packed key (kind 2: see keys.ts), with the one slot it reads. */
interface RelatedEntry extends MemoEntry {
  readonly related: Related[];
}
const RELATED_KIND = 2;

/** The recorded crossings related to a question, closest first; the same for every date, so memoised. */
export function relatedTo(index: LedgerIndex, q: CrossingKey): Related[] {
  const packed = packKey(index.codes, q.host, q.surface, q.capability, q.target, false);
  if (!packed) return [];
  const done = index.memo.get(packed.slot, packed.key + RELATED_KIND) as RelatedEntry | undefined;
  if (done) return done.related;
  const entry: RelatedEntry = { deps: [packed.slot], related: findRelated(index, q, packed) };
  index.memo.set(packed.slot, packed.key + RELATED_KIND, entry);
  return entry.related;
}

function findRelated(index: LedgerIndex, q: CrossingKey, packed: PackedKey): Related[] {
  const recorded = slotCrossings(index, q.host, q.capability, packed);
  if (!recorded.length) return [];
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
