import { z } from 'zod';
import { Actor } from './actor';
import { DateSpan } from './date-span';
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
  ViewSurface,
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
  /** A standing fact ("never", "still", "only"), held back before its date. */
  standing: z.boolean().optional(),
  /** Set when no source gives the event's date: the ledger estimated it (the window is the event's). */
  estimated: z.literal(true).optional(),
  /** Set when the status is not the host's doing: the target withdrew or shut the door, or both did. */
  cause: z.enum(['target', 'mutual']).optional(),
});
export type Rule = z.infer<typeof Rule>;

/** The version of the method every answer follows; see docs/method-decide.md. */
export const DECIDE_METHOD = 'hutong-decide/4';

/** A status as an answer gives it: `mixed` when a company's platforms differ. */
export const DecidedStatus = z.union([Status, z.literal('mixed')]);
export type DecidedStatus = z.infer<typeof DecidedStatus>;

/**
 * How an answer was reached: a rule naming this host platform, surface and target platform
 * (`direct`), a broader rule (`inherited`), a standing fact held backwards (`inferred`), or no rule.
 */
export const Basis = z.enum(['direct', 'inherited', 'inferred', 'none']);
export type Basis = z.infer<typeof Basis>;

/** The broader level an inherited answer came from, on each axis where the rule was broader. */
export const InheritedFrom = z.object({
  host: Id.optional(),
  surface: z.literal('*').optional(),
  target: TargetId.optional(),
});
export type InheritedFrom = z.infer<typeof InheritedFrom>;

/**
 * A change whose window the date falls in: the status before it is kept, and this says so. The
 * window: the change happened on some day from `from` to `to`.
 */
export const Uncertain = DateSpan.extend({
  before: Status,
  after: Status,
  rule: Rule,
});
export type Uncertain = z.infer<typeof Uncertain>;

/** What everyone outside a partial rollout still gets. */
export const Rest = z.object({
  status: Status,
  friction: z.array(FrictionStep),
  coverage: Coverage.nullable(),
  rule: Rule.nullable(),
});
export type Rest = z.infer<typeof Rest>;

/**
 * One part of a broad question: a host platform, a surface and a target platform inside a
 * company-wide or every-surface (`*`) question.
 */
export const PlatformPair = z.object({ host: Id, surface: Surface, target: TargetId });
export type PlatformPair = z.infer<typeof PlatformPair>;

/** One part's answer inside a company's or an every-surface answer. */
export const PlatformAnswer = PlatformPair.extend({
  status: Status,
  basis: Basis,
  rule: z.string().nullable(),
});
export type PlatformAnswer = z.infer<typeof PlatformAnswer>;

/** A crossing: who meets whose what, where — a question without its date. */
export const CrossingKey = z.object({ host: Id, surface: Surface, capability: Capability, target: TargetId });
export type CrossingKey = z.infer<typeof CrossingKey>;

/** A recorded crossing as a view lists it: `other` for a `*` crossing read as one part (ViewSurface). */
export const ViewCrossingKey = CrossingKey.extend({ surface: ViewSurface });
export type ViewCrossingKey = z.infer<typeof ViewCrossingKey>;

/** A recorded crossing close to an unknown question, answered on the same date. */
export const NearbyAnswer = CrossingKey.extend({
  status: Status,
  basis: Basis,
  relation: z.enum(['target-owner', 'target-platform', 'sibling-platform', 'other-surface']),
  rule: z.string().nullable(),
});
export type NearbyAnswer = z.infer<typeof NearbyAnswer>;

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

/**
 * The day an answer's status run begins or ends: the first day the engine gives the new status. When
 * the change can have happened on any day of a window (a month, "half a year later"), `date` is the
 * window's last day and `window` names it: "changed some day between `from` and `to`". `precision`
 * is how finely the source dates it.
 */
export const DateMark = z.object({ date: IsoDate, precision: Precision, window: DateSpan.optional() });
export type DateMark = z.infer<typeof DateMark>;

export const Decision = z.object({
  question: CrossingKey.extend({ at: IsoDate }),
  /** How a URL question found its target. */
  resolved: z
    .object({ url: z.string(), hostname: z.string(), matchedHost: z.string(), actor: Id })
    .optional(),
  method: z.literal(DECIDE_METHOD),
  status: DecidedStatus,
  basis: Basis,
  inheritedFrom: InheritedFrom.optional(),
  friction: z.array(FrictionStep),
  coverage: Coverage.nullable(),
  rule: Rule.nullable(),
  beaten: z.array(BeatenRule),
  /** Set inside a change's window. */
  uncertain: Uncertain.optional(),
  /** Set on a partial rollout: what everyone else still gets. */
  rest: Rest.optional(),
  /**
   * Set when the target or host is a company, or the surface is `*` and the ledger names surfaces
   * for the crossing: each part's answer (platform × surface × platform).
   */
  byPlatform: z.array(PlatformAnswer).optional(),
  /**
   * Set when a side of the question did not exist on the date (launched later, or closed): the
   * answer is `unknown`, and this says why — "Tmall Supermarket Xiaodangjia launched 2022-10".
   */
  absent: Actor.pick({ id: true, launched: true, closed: true }).optional(),
  /** Set when nothing covers the question: the closest recorded crossings. */
  nearby: z.array(NearbyAnswer).optional(),
  /** The events that set the winning status, earliest first, with their sources. */
  evidence: z.array(Evidence),
  /** When this status began (null: as far back as the ledger knows). */
  since: DateMark.nullable(),
  /**
   * When the status next changes (null: not as far as the ledger knows): always after the date
   * asked; a change whose window the date is in names that window.
   */
  until: DateMark.extend({ status: DecidedStatus }).nullable(),
  /** Rumors on this question reported after the deciding rule. */
  rumors: z.array(Evidence),
  /**
   * How fresh the answer is: the date of the newest event supporting its status (in this status
   * run, whatever its date relative to the question); null when nothing is recorded.
   */
  lastEvidence: IsoDate.nullable(),
  /** Set when the date asked is more than 12 months after `lastEvidence`: "is it still so?" */
  stale: z.literal(true).optional(),
});
export type Decision = z.infer<typeof Decision>;

/** One recorded key's rule in force on a date, and when that key's status began. */
export const RecordedState = z.object({ rule: Rule, since: IsoDate });
export type RecordedState = z.infer<typeof RecordedState>;

export const DecisionBrief = z.object({
  status: DecidedStatus,
  basis: Basis,
  /** Inside a change's window: its dates and the status it brings. */
  uncertain: Uncertain.pick({ from: true, to: true, after: true }).optional(),
  /** On a partial rollout: the status everyone else still gets. */
  rest: Status.optional(),
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
