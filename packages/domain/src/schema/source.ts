import { z } from 'zod';
import { IsoDate } from './day';
import { Id, Localized, TEXT_LIMITS, text } from './id';
import { Language } from './vocabulary';

/** An article or document the ledger cites. */
export const Source = z.object({
  id: Id,
  title: text(TEXT_LIMITS.name),
  publisher: text(TEXT_LIMITS.label),
  author: text(TEXT_LIMITS.label).optional(),
  date: IsoDate,
  language: Language,
  url: z.url().max(TEXT_LIMITS.url).optional(),
  /**
   * What a reader should discount, in the curator's words: for example an article dated 2025 whose
   * newest figures are from mid-2024, so its claims about 2025 carry that doubt.
   */
  caveat: Localized.optional(),
  /** The newest date the article's own facts reach, when it is well before `date`. */
  factsAsOf: IsoDate.optional(),
  /** The file name of the archived text, for checking quotes verbatim. */
  archive: text(TEXT_LIMITS.label).optional(),
});
export type Source = z.infer<typeof Source>;

/** A source as cited by an event, figure or regulation: which article, and a short verbatim quote from it. */
export const Citation = z.object({
  source: Id,
  quote: z
    .string()
    .min(1, 'a citation needs a verbatim quote')
    .max(400, 'keep quotes short (400 characters at most)'),
  /**
   * The earliest date the quoted sentence itself speaks of, when it reaches back before its
   * article's date ("always", "for a long time", "since 2013"): a standing fact is inferred no
   * further back than its citations speak. Without it a sentence speaks of its article's date.
   */
  speaksOf: IsoDate.optional(),
  /**
   * A later article re-observing the event's status as still in force on `date` ("group chats still
   * cannot open Taobao links", 29 Nov 2021, of a 2013 block): an answer resting on the event is
   * confirmed to that date (`lastEvidence`). `changes` names the event's changes it speaks of (by
   * place in the event); without it, all of them.
   */
  observes: z
    .object({ date: IsoDate, changes: z.array(z.number().int().nonnegative()).min(1).optional() })
    .strict()
    .optional(),
  /** What this source says that others do not (for disputed events), in the curator's words. */
  note: Localized.optional(),
});
export type Citation = z.infer<typeof Citation>;
