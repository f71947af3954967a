import { z } from 'zod';
import { explainPrecision, IsoDate, Precision } from './day';
import { Id, Localized, LocalizedName } from './id';
import { PolicyChange } from './policy-change';
import { Citation } from './source';
import { Confidence, EventKind } from './vocabulary';

export const Event = z
  .object({
    id: Id,
    date: IsoDate,
    precision: Precision,
    /**
     * The earliest and latest date the change can have happened (Wikidata's earliest/latest date).
     * Without them the window is the precision's period: the month or year of `date`.
     */
    notBefore: IsoDate.optional(),
    notAfter: IsoDate.optional(),
    /**
     * Set when no source gives the date: the ledger estimated the window (`date`/`notBefore` to
     * `notAfter`) it can lie in, and answers inside it are uncertain.
     */
    estimated: z.literal(true).optional(),
    kind: EventKind,
    title: LocalizedName,
    summary: Localized,
    actors: z.array(Id).min(1, 'an event involves at least one actor'),
    changes: z.array(PolicyChange).default([]),
    /** A `rumor` changes no status; its changes are shown as pending. */
    confidence: Confidence,
    /** Set when sources disagree; says what differs, which account the changes follow and why. */
    disputed: Localized.optional(),
    /** For a disputed event: the source whose account the changes follow. */
    follows: Id.optional(),
    sources: z.array(Citation).min(1, 'an event needs at least one source with a quote'),
    /** The regulation this event issues or answers to. */
    regulation: Id.optional(),
  })
  .superRefine((e, ctx) => {
    const why = explainPrecision(e.date, e.precision);
    if (why) ctx.addIssue({ code: 'custom', path: ['date'], message: why });
    if (e.notBefore && e.notAfter && e.notBefore > e.notAfter)
      ctx.addIssue({ code: 'custom', path: ['notAfter'], message: 'must not be before `notBefore`' });
    if (e.notBefore && e.notBefore < e.date)
      ctx.addIssue({ code: 'custom', path: ['notBefore'], message: 'must not be before `date`' });
    if (e.notAfter && e.notAfter < e.date)
      ctx.addIssue({ code: 'custom', path: ['notAfter'], message: 'must not be before `date`' });
    if (e.estimated && !e.notAfter)
      ctx.addIssue({
        code: 'custom',
        path: ['notAfter'],
        message: 'an estimated date needs the window it can lie in: give `notAfter`',
      });
    if (e.follows && !e.disputed)
      ctx.addIssue({
        code: 'custom',
        path: ['follows'],
        message: 'only a disputed event follows one account',
      });
    if (e.follows && !e.sources.some((c) => c.source === e.follows))
      ctx.addIssue({
        code: 'custom',
        path: ['follows'],
        message: "must be one of the event's cited sources",
      });
    if (e.kind === 'rumor' && e.confidence !== 'rumor')
      ctx.addIssue({
        code: 'custom',
        path: ['confidence'],
        message: 'a rumor event must have confidence `rumor`',
      });
  });
export type Event = z.infer<typeof Event>;
export type EventInput = z.input<typeof Event>;
