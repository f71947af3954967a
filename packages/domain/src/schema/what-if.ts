import { z } from 'zod';
import { ComplianceFinding, Openness } from './analysis';
import { DateSpan } from './date-span';
import { IsoDate, RangeDate } from './day';
import { Basis, DecidedStatus, DecisionBrief, Rule, ViewCrossingKey } from './decision';
import { Event } from './event';
import { Id } from './id';
import { Question } from './question';
import { sides } from './sides';

/** The events a counterfactual leaves out and the hypothetical ones it adds. */
export const LedgerOverlay = z.object({
  /** Ids of ledger events to leave out (as in the ledger). */
  without: z.array(Id).max(500).default([]),
  /** Events to add, each checked like a recorded one; an id in `without` may come back amended. */
  with: z.array(Event).max(100).default([]),
});
export type LedgerOverlay = z.infer<typeof LedgerOverlay>;
export type LedgerOverlayInput = z.input<typeof LedgerOverlay>;

/**
 * `analysis.whatIf`: the overlay, and what to recompute on it — exactly one of `questions`, `at`, or
 * `from` with `to`. `openness` adds the index for one host–target pair, month by month.
 */
export const WhatIfInput = LedgerOverlay.extend({
  questions: z.array(Question).min(1).max(10_000, 'at most 10,000 questions per call').optional(),
  at: IsoDate.optional(),
  from: RangeDate.optional(),
  to: RangeDate.optional(),
  openness: z.object({ host: Id, target: Id }).optional(),
}).superRefine((i, ctx) => {
  const scopes = [i.questions !== undefined, i.at !== undefined, i.from !== undefined || i.to !== undefined];
  if (scopes.filter(Boolean).length !== 1)
    ctx.addIssue({
      code: 'custom',
      path: ['at'],
      message: 'give exactly one of `questions`, `at`, or `from` and `to`',
    });
  else if ((i.from === undefined) !== (i.to === undefined))
    ctx.addIssue({ code: 'custom', path: [i.from ? 'to' : 'from'], message: 'give both `from` and `to`' });
  else if (i.from && i.to && i.to < i.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: `"to" (${i.to}) is before "from" (${i.from})` });
});
export type WhatIfInput = z.infer<typeof WhatIfInput>;

/** One side's answer to a crossing: its status, how it was reached, the rule and the events behind it. */
export const SideAnswer = z.object({
  status: DecidedStatus,
  basis: Basis,
  rule: Rule.nullable(),
  events: z.array(Id),
});
export type SideAnswer = z.infer<typeof SideAnswer>;

/** A stretch of days on which a crossing's baseline and counterfactual answers differ. */
export const WhatIfSpan = DateSpan.extend(sides(SideAnswer));
export type WhatIfSpan = z.infer<typeof WhatIfSpan>;

export const CrossingChange = ViewCrossingKey.extend({ spans: z.array(WhatIfSpan).min(1) });
export type CrossingChange = z.infer<typeof CrossingChange>;

export const QuestionChange = z.object({
  question: Question,
  ...sides(DecisionBrief),
  differs: z.boolean(),
});
export type QuestionChange = z.infer<typeof QuestionChange>;

export const OpennessDelta = z.object({
  date: IsoDate,
  ...sides(z.number().nullable()),
  /** counterfactual − baseline; null when either side has too little recorded to say. */
  delta: z.number().nullable(),
});
export type OpennessDelta = z.infer<typeof OpennessDelta>;

export const WhatIf = z.object({
  method: z.string(),
  without: z.array(Id),
  with: z.array(Id),
  /** Regulations left out because an event issuing them (kind `regulation`) was left out. */
  regulationsDropped: z.array(Id),
  /**
   * Kept events that answer to a dropped regulation: the ledger does not say they would not have
   * happened without it, so they stay unless listed in `without` too.
   */
  answering: z.array(Id),
  at: IsoDate.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Every recorded crossing (of either ledger) whose answer differs, with the stretches it differs on. */
  crossings: z.array(CrossingChange),
  /** With `questions`: each question's brief answer on both ledgers. */
  decisions: z.array(QuestionChange).optional(),
  compliance: z
    .object({
      at: IsoDate,
      ...sides(z.array(ComplianceFinding)),
      /** Findings only the counterfactual has. */
      gained: z.array(ComplianceFinding),
      /** Findings only the baseline has. */
      lost: z.array(ComplianceFinding),
    })
    .nullable(),
  openness: z
    .object({
      ...sides(Openness),
      deltas: z.array(OpennessDelta),
    })
    .nullable(),
});
export type WhatIf = z.infer<typeof WhatIf>;
