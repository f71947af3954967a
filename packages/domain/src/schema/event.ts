import { z } from 'zod';
import { explainPrecision, IsoDate, Precision } from './day';
import { Id, Localized } from './id';
import { PolicyChange } from './policy-change';
import { Citation } from './source';
import { Confidence, EventKind } from './vocabulary';

export const Event = z
  .object({
    id: Id,
    date: IsoDate,
    precision: Precision,
    kind: EventKind,
    title: Localized,
    summary: Localized,
    actors: z.array(Id).min(1, 'an event involves at least one actor'),
    changes: z.array(PolicyChange).default([]),
    /** A `rumor` changes no status; its changes are shown as pending. */
    confidence: Confidence,
    /** Set when sources disagree; says what differs. */
    disputed: Localized.optional(),
    sources: z.array(Citation).min(1, 'an event needs at least one source with a quote'),
    /** The regulation this event issues or answers to. */
    regulation: Id.optional(),
  })
  .superRefine((e, ctx) => {
    const why = explainPrecision(e.date, e.precision);
    if (why) ctx.addIssue({ code: 'custom', path: ['date'], message: why });
    if (e.kind === 'rumor' && e.confidence !== 'rumor')
      ctx.addIssue({
        code: 'custom',
        path: ['confidence'],
        message: 'a rumor event must have confidence `rumor`',
      });
  });
export type Event = z.infer<typeof Event>;
export type EventInput = z.input<typeof Event>;
