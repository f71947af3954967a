import { z } from 'zod';
import { IsoDate } from './day';
import { Rule } from './decision';
import { Id, TargetId } from './id';
import { Capability, RecordedStatus, Status, Surface } from './vocabulary';

/** A recorded crossing that a regulation forbids, past the regulation's deadline. */
export const ComplianceFinding = z.object({
  regulation: Id,
  host: Id,
  surface: Surface,
  capability: Capability,
  target: TargetId,
  status: RecordedStatus,
  rule: Rule,
  /** The later of the deadline and the day this status began. */
  breachSince: IsoDate,
  /** The day the status next changes to one the regulation allows, or null while it stands. */
  breachUntil: IsoDate.nullable(),
  /** Days from `breachSince` to the date asked (0 on the deadline itself). */
  daysInBreach: z.number().int().min(0),
});
export type ComplianceFinding = z.infer<typeof ComplianceFinding>;

export const DiffEntry = z.object({
  host: Id,
  surface: Surface,
  capability: Capability,
  target: TargetId,
  before: Status,
  after: Status,
  /** The rule in force on the later date (null when a key fell back to unknown, which never happens today). */
  rule: Rule.nullable(),
});
export type DiffEntry = z.infer<typeof DiffEntry>;

export const LedgerDiff = z.object({
  from: IsoDate,
  to: IsoDate,
  changes: z.array(DiffEntry),
  /** Events dated after `from` up to and including `to`. */
  events: z.array(Id),
});
export type LedgerDiff = z.infer<typeof LedgerDiff>;

export const OpennessPoint = z.object({
  date: IsoDate,
  /** 0 (walled off) … 100 (fully open); null when too little is recorded to say. */
  value: z.number().min(0).max(100).nullable(),
  /** Share of the index's weight that rests on recorded statuses, 0 … 1. */
  coverage: z.number().min(0).max(1),
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
