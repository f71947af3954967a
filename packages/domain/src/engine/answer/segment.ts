import {
  type Basis,
  type BeatenRule,
  type DateMark,
  type Decision,
  type Evidence,
  type InheritedFrom,
  isoFromDay,
  type Rest,
  type Status,
  type Uncertain,
} from '../../schema';
import { partitionPoint } from '../../schema/sorted-search';
import type { IndexedRule } from '../fold/timeline';

/**
 * One stretch of a crossing's history over which every part of the answer stays the same. A
 * decision on any date inside it is this segment plus the question; every view reads these.
 */
export interface Segment {
  /** First day (a day number; -Infinity for the stretch before anything was recorded). */
  readonly start: number;
  readonly status: Status;
  readonly rule: IndexedRule | null;
  readonly basis: Basis;
  readonly inheritedFrom: InheritedFrom | null;
  /** The unsettled change whose window this stretch lies in. */
  readonly pending: IndexedRule | null;
  readonly uncertain: Uncertain | null;
  readonly rest: Rest | null;
  readonly beaten: BeatenRule[];
  readonly rumors: Evidence[];
  /** The events from the start of this status run up to this stretch's rule, earliest first. */
  evidence: Evidence[];
  since: Decision['since'];
  until: Decision['until'];
  /** The newest event date among the evidence of this segment's whole status run. */
  lastEvidence: string | null;
}

/** The segment in force on `day` (segments start with one at -Infinity, so there always is one). */
export function segmentAt(segments: readonly Segment[], day: number): Segment {
  return segments[Math.max(0, partitionPoint(segments.length, (i) => segments[i]!.start <= day) - 1)]!;
}

/**
 * The first day `seg` gives its answer, as `since`/`until` show it: dated by the rule that starts,
 * settles or is observed that day, with the change's window when it was not a single day (the
 * status changes only once the window has closed, so the date is never before the change is sure).
 */
export function startMark(seg: Segment): DateMark | null {
  if (seg.start <= -1e9) return null;
  const date = isoFromDay(seg.start);
  const r = seg.rule;
  if (!r || (r.day !== seg.start && r.settle !== seg.start && r.observed !== seg.start))
    return { date, precision: 'day' };
  if (r.day < r.settle && seg.start === r.settle)
    return {
      date,
      precision: r.since?.precision ?? 'day',
      window: { from: isoFromDay(r.day), to: date },
    };
  return { date, precision: r.day === r.settle ? 'day' : (r.since?.precision ?? 'day') };
}
