import { z } from 'zod';
import { DecidedStatus, Evidence, PlatformAnswer, Rule } from './decision';
import { PolicyChange } from './policy-change';
import { Question } from './question';
import { RecordedStatus } from './vocabulary';
import { LedgerOverlay } from './what-if';

/** `decisions.whyNot`: a question and the status wanted for it. */
export const WhyNotInput = z.object({ question: Question, want: RecordedStatus.default('open') });
export type WhyNotInput = z.infer<typeof WhyNotInput>;

/** A rule standing between the answer and the status wanted, with its events and their sources. */
export const StandingRule = z.object({
  /** `deciding`: the rule the answer comes from; `covering`: another covering rule in force with an unwanted status; `unsettled`: the change whose window the date is in. */
  role: z.enum(['deciding', 'covering', 'unsettled']),
  rule: Rule,
  evidence: z.array(Evidence),
});
export type StandingRule = z.infer<typeof StandingRule>;

/** One step of a change: lift a recorded rule, or add a hypothetical opening naming the exact crossing. */
export const ChangeStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lift'), rule: Rule }),
  z.object({ kind: z.literal('add'), date: z.string(), change: PolicyChange }),
]);
export type ChangeStep = z.infer<typeof ChangeStep>;

/** A smallest set of steps that gives the wanted status, proved by running `apply` through the what-if overlay. */
export const WhyNotChange = z.object({
  size: z.number().int().min(1),
  steps: z.array(ChangeStep).min(1),
  /** The overlay that applies it: pass it to `analysis.whatIf` to see everything else it changes. */
  apply: LedgerOverlay,
  /** The status the question gets with the change applied (always the one wanted). */
  result: DecidedStatus,
  byPlatform: z.array(PlatformAnswer).optional(),
});
export type WhyNotChange = z.infer<typeof WhyNotChange>;

export const WhyNot = z.object({
  question: Question,
  want: RecordedStatus,
  method: z.string(),
  status: DecidedStatus,
  /** The answer already has the wanted status: nothing stands in the way. */
  satisfied: z.boolean(),
  standing: z.array(StandingRule),
  /** The smallest changes, fewest steps first. */
  changes: z.array(WhyNotChange),
});
export type WhyNot = z.infer<typeof WhyNot>;
