import { z } from 'zod';
import { IsoDate, Precision } from './day';
import { Event } from './event';
import { Id, TargetId } from './id';
import { Citation, Source } from './source';
import {
  Capability,
  Confidence,
  Coverage,
  FrictionStep,
  RecordedStatus,
  Status,
  Surface,
} from './vocabulary';

/** One policy change as the engine indexes it: which event set which key to what, from when. */
export const Rule = z.object({
  id: z.string(),
  host: Id,
  surface: Surface,
  capability: Capability,
  target: TargetId,
  status: RecordedStatus,
  friction: z.array(FrictionStep),
  coverage: Coverage,
  event: Id,
  date: IsoDate,
  precision: Precision,
  confidence: Confidence,
});
export type Rule = z.infer<typeof Rule>;

export const BeatenRule = z.object({
  rule: Rule,
  reason: z.enum(['less-specific', 'superseded']),
});
export type BeatenRule = z.infer<typeof BeatenRule>;

export const CitedSource = Citation.extend({ record: Source.optional() });
export type CitedSource = z.infer<typeof CitedSource>;

/** An event with its citations joined to their source records. */
export const Evidence = z.object({ event: Event, sources: z.array(CitedSource) });
export type Evidence = z.infer<typeof Evidence>;

export const Decision = z.object({
  question: z.object({ host: Id, surface: Surface, capability: Capability, target: TargetId, at: IsoDate }),
  /** How a URL question found its target. */
  resolved: z
    .object({ url: z.string(), hostname: z.string(), matchedHost: z.string(), actor: Id })
    .optional(),
  status: Status,
  friction: z.array(FrictionStep),
  coverage: Coverage.nullable(),
  rule: Rule.nullable(),
  beaten: z.array(BeatenRule),
  /** The events that set the winning status, earliest first, with their sources. */
  evidence: z.array(Evidence),
  /** When this status began (null: as far back as the ledger knows). */
  since: z.object({ date: IsoDate, precision: Precision }).nullable(),
  /** When the status next changes (null: not as far as the ledger knows). */
  until: z.object({ date: IsoDate, precision: Precision, status: Status }).nullable(),
  /** Rumors on this question reported after the deciding rule. */
  rumors: z.array(Evidence),
});
export type Decision = z.infer<typeof Decision>;

/** One recorded key's rule in force on a date, and when that key's status began. */
export const RecordedState = z.object({ rule: Rule, since: IsoDate });
export type RecordedState = z.infer<typeof RecordedState>;

export const DecisionBrief = z.object({
  status: Status,
  friction: z.array(FrictionStep),
  coverage: Coverage.nullable(),
  target: TargetId,
  rule: z.string().nullable(),
  events: z.array(Id),
  since: IsoDate.nullable(),
  until: IsoDate.nullable(),
  rumors: z.array(Id),
});
export type DecisionBrief = z.infer<typeof DecisionBrief>;
