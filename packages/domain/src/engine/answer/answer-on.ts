import type { CrossingKey } from '../../schema';
import { DECIDE_METHOD, type Decision } from '../../schema';
import type { LedgerIndex } from '../fold/fold';
import { crossingSegments } from './crossing';
import { type BroadParts, rollUp } from './roll-up';
import { type Segment, segmentAt } from './segment';

/**
 * The answer on one day as the crossing's own segment gives it, rolled up over a broad question's
 * parts; a broad answer's `since` and `until` are set afterwards, from its rolled-up timeline.
 */
export function answerOn(
  index: LedgerIndex,
  key: CrossingKey,
  parts: BroadParts | null,
  day: number,
  at: string,
): Decision {
  const decision = decisionOf(segmentAt(crossingSegments(index, key), day), key, at);
  if (parts) rollUp(index, decision, parts.hosts, parts.surfaces, parts.targets, day);
  return decision;
}

/** A decision read off one segment of a crossing's history. */
export function decisionOf(seg: Segment, key: CrossingKey, at: string): Decision {
  const d: Decision = {
    question: { ...key, at } as Decision['question'],
    method: DECIDE_METHOD,
    status: seg.status,
    basis: seg.basis,
    friction: seg.rule?.friction ?? NONE,
    coverage: seg.rule?.coverage ?? null,
    rule: seg.rule?.rule ?? null,
    beaten: seg.beaten,
    evidence: seg.evidence,
    since: seg.since,
    until: seg.until,
    rumors: seg.rumors,
    lastEvidence: seg.lastEvidence,
  };
  if (seg.inheritedFrom) d.inheritedFrom = seg.inheritedFrom;
  if (seg.uncertain) d.uncertain = seg.uncertain;
  if (seg.rest) d.rest = seg.rest;
  return d;
}

/** The shared empty list: most decisions have no friction, and need not allocate for it. */
const NONE: never[] = Object.freeze([]) as unknown as never[];
