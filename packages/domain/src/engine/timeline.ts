import type { Coverage, Decision, Evidence, FrictionStep, RecordedStatus, Rule } from '../schema';

/** A rule as the engine holds it: the wire-shaped `rule`, plus what decisions read on the hot path. */
export interface IndexedRule {
  readonly rule: Rule;
  readonly day: number;
  readonly status: RecordedStatus;
  readonly friction: FrictionStep[];
  readonly coverage: Coverage;
  /** The events from the start of this status run in its key up to this rule, earliest first. */
  evidence: Evidence[];
  /** Prebuilt answers for "since when" and "until when" that this rule gives, shared by every decision. */
  readonly since: NonNullable<Decision['since']>;
  readonly until: NonNullable<Decision['until']>;
  /** The rule that began this status run in this key (itself when the status changed here). */
  runStart: IndexedRule | null;
  /** The next rule in this key with a different status, or null. */
  nextChange: IndexedRule | null;
}

/** Every rule on one (host, surface, capability, target) key, in effect order, plus its rumors. */
export interface Timeline {
  readonly days: number[];
  readonly rules: IndexedRule[];
  readonly rumors: IndexedRule[];
}

/** Index of the last rule in effect on `day`, or -1. */
export function ruleIndexAt(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
