import { z } from 'zod';
import { DateSpan } from './date-span';
import { IsoDate } from './day';
import {
  Basis,
  CrossingKey,
  DateMark,
  DecidedStatus,
  InheritedFrom,
  PlatformPair,
  Rest,
  Rule,
  Uncertain,
  ViewCrossingKey,
} from './decision';
import { Id } from './id';
import { RecordedStatus } from './vocabulary';

/**
 * A recorded crossing that a regulation forbids, past the regulation's deadline. Only `direct` and
 * `inferred` answers from the host's own rule are breaches; an `inherited` one (from a company-wide
 * or every-surface rule) or one the target caused (`rule.cause`) is listed as unconfirmed, with no
 * breach dates or days.
 */
export const ComplianceFinding = ViewCrossingKey.extend({
  regulation: Id,
  status: RecordedStatus,
  basis: Basis,
  inheritedFrom: InheritedFrom.optional(),
  rule: Rule,
  /** The later of the deadline and the day this status began; null when unconfirmed. */
  breachSince: IsoDate.nullable(),
  /** The day the status next changes to one the regulation allows, or null while it stands. */
  breachUntil: IsoDate.nullable(),
  /** Days from `breachSince` to the date asked (0 on the deadline itself); null when unconfirmed. */
  daysInBreach: z.number().int().min(0).nullable(),
});
export type ComplianceFinding = z.infer<typeof ComplianceFinding>;

export const DiffEntry = ViewCrossingKey.extend({
  before: DecidedStatus,
  after: DecidedStatus,
  /** How the later answer was reached. */
  basis: Basis,
  /** The rule in force on the later date. */
  rule: Rule.nullable(),
  /** When the later status began: inside the range, or the window the change can lie in. */
  on: DateMark,
  /**
   * Set when the change's window began before the range: the range saw only the window close
   * (the change may have come earlier), not a change known to fall in it.
   */
  windowCloses: z.literal(true).optional(),
});
export type DiffEntry = z.infer<typeof DiffEntry>;

export const LedgerDiff = DateSpan.extend({
  changes: z.array(DiffEntry),
  /** Events dated after `from` up to and including `to`. */
  events: z.array(Id),
});
export type LedgerDiff = z.infer<typeof LedgerDiff>;

export const OpennessPoint = z.object({
  date: IsoDate,
  /** 0 (walled off) … 100 (fully open); null when too little is recorded to say. */
  value: z.number().min(0).max(100).nullable(),
  /** Share of the index's weight whose cells have a record (own or inherited), 0 … 1. */
  coverage: z.number().min(0).max(1),
  /** Share of the pair's cells that have a record, 0 … 1; the rest count as no access. */
  recorded: z.number().min(0).max(1),
  /** How many cells the pair's index is over (fixed by the pair and the method version). */
  cells: z.number().int().min(0),
  /**
   * The weighted mean over the cells with a record alone, 0 … 100 (null: none has one): how open
   * what the ledger knows is, where `value` also counts what it does not know as no access.
   */
  recordedMean: z.number().min(0).max(100).nullable(),
  byCapability: z.record(z.string(), z.number().min(0).max(100).nullable()),
});
export type OpennessPoint = z.infer<typeof OpennessPoint>;

export const Openness = z.object({
  host: Id,
  target: Id,
  methodology: z.string(),
  points: z.array(OpennessPoint),
});
export type Openness = z.infer<typeof Openness>;

/** One stretch of a crossing's history: from `from` through `to` (null: open-ended) the answer was this. */
export const HistorySegment = z.object({
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  /** `mixed` only for a broad question (a company, or `*` with named surfaces) whose parts differ. */
  status: DecidedStatus,
  basis: Basis,
  inheritedFrom: InheritedFrom.optional(),
  rule: Rule.nullable(),
  uncertain: Uncertain.optional(),
  rest: Rest.optional(),
  /** The events behind this stretch's status, earliest first. */
  events: z.array(Id),
});
export type HistorySegment = z.infer<typeof HistorySegment>;

/** Every status a crossing has had, from its first recorded change on (hutong-decide/4). */
export const CrossingHistory = z.object({
  question: CrossingKey,
  method: z.string(),
  segments: z.array(HistorySegment),
  /** When the target or host is a company, or the surface is `*` with named surfaces: each part's history. */
  byPlatform: z.array(PlatformPair.extend({ segments: z.array(HistorySegment) })).optional(),
});
export type CrossingHistory = z.infer<typeof CrossingHistory>;
