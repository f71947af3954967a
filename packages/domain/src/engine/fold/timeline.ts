import type { Coverage, Decision, Evidence, FrictionStep, RecordedStatus, Rule } from '../../schema';
import { lastAtOrBefore } from '../../schema/sorted-search';

/** A day number standing for "as far back as the ledger knows". */
export const DAWN = -1e9;

/** A rule as the engine holds it: the wire-shaped `rule`, plus what decisions read on the hot path. */
export interface IndexedRule {
  readonly rule: Rule;
  /** The first day of its window: from here it competes with other rules (time before breadth). */
  day: number;
  /** The last day of its window: before it, the change is uncertain and the earlier status stands. */
  settle: number;
  readonly status: RecordedStatus;
  readonly friction: FrictionStep[];
  readonly coverage: Coverage;
  /** A trial or partial rollout: others keep what came before (`rest`). */
  readonly partial: boolean;
  /** This rule's own event, with its sources. */
  readonly evidence: Evidence;
  /** "Since when" this rule's status holds, as a decision shows it (null: as far back as known). */
  since: Decision['since'];
  /** For a standing fact, the day it was observed: answers before it are inferred. */
  readonly observed: number | null;
  /**
   * For one question's copy of a standing fact (bound-standing.ts): the first day it may answer,
   * because a stated change on a crossing covering the question came after its held-back start.
   */
  readonly heldTo?: number;
  /** The day `day` would be without holding back (the event's window start). */
  readonly eventDay: number;
  /** The event's place in the ledger, then the change's in the event: same-day ties go in this order. */
  readonly ordinal: number;
  readonly n: number;
}

/** Fold order: by window start, then the event's place in the ledger, then the change's in the event. */
export const foldOrder = (a: IndexedRule, b: IndexedRule): number =>
  a.eventDay - b.eventDay || a.ordinal - b.ordinal || a.n - b.n;

/** Every rule on one (host, surface, capability, target) key, in start order, plus its rumors. */
export interface Timeline {
  readonly days: number[];
  readonly rules: IndexedRule[];
  readonly rumors: IndexedRule[];
}

/** Index of the last rule started on or before `day`, or -1. */
export const ruleIndexAt = lastAtOrBefore;
