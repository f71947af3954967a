import type {
  Basis,
  BeatenRule,
  Decision,
  Evidence,
  InheritedFrom,
  Rest,
  Status,
  Uncertain,
} from '../schema';
import type { IndexedRule } from './timeline';

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
}

/** The segment in force on `day` (segments start with one at -Infinity, so there always is one). */
export function segmentAt(segments: readonly Segment[], day: number): Segment {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.start <= day) lo = mid + 1;
    else hi = mid;
  }
  return segments[Math.max(0, lo - 1)]!;
}
