import { z } from 'zod';
import { IsoDate } from './day';
import { Basis, CrossingKey, DecidedStatus } from './decision';
import { Id } from './id';
import { Question } from './question';
import { Author, EntityKind, Reason, RecordedAt, RevisionAction, RevisionNumber } from './revision';

/** What an answer-history compares: the status, how it was reached, and the event deciding it. */
export const AnswerBrief = z.object({ status: DecidedStatus, basis: Basis, event: Id.nullable() });
export type AnswerBrief = z.infer<typeof AnswerBrief>;

/** A revision as blame shows it: who, when, why, what was edited and the sources it cites. */
export const RevisionNote = z.object({
  revision: RevisionNumber,
  recordedAt: RecordedAt,
  author: Author,
  reason: Reason,
  entity: EntityKind,
  id: Id,
  action: RevisionAction,
  /** The sources the edited entity cites after the edit (before it, for a retraction); a source cites itself. */
  sources: z.array(Id),
});
export type RevisionNote = z.infer<typeof RevisionNote>;

/** The recorded instants to walk between: after `from` (default: the log's start) up to `to` (default: now). */
const Span = z.object({ from: RecordedAt.optional(), to: RecordedAt.optional() });

/** `blame`: the revisions that changed one question's answer, as recorded. */
export const AnswerHistoryQuestion = Question.safeExtend(Span.shape);
export type AnswerHistoryQuestion = z.infer<typeof AnswerHistoryQuestion>;

export const AnswerChange = RevisionNote.extend({ before: AnswerBrief, after: AnswerBrief });
export type AnswerChange = z.infer<typeof AnswerChange>;

export const AnswerHistory = z.object({
  question: CrossingKey.extend({ at: IsoDate }),
  /** How many revisions were walked, and the span they were recorded in. */
  walked: z.number().int().min(0),
  changes: z.array(AnswerChange),
});
export type AnswerHistory = z.infer<typeof AnswerHistory>;

/** The whole ledger's changed answers between two recorded instants. */
export const LedgerChangesQuestion = z.object({ from: RecordedAt, to: RecordedAt.optional() });
export type LedgerChangesQuestion = z.infer<typeof LedgerChangesQuestion>;

/** One key whose answers differ: on each date where either ledger's history steps, before → after. */
export const ChangedKey = CrossingKey.extend({
  /** `recorded`: a rule's own key; `parent`: a broader question over recorded keys. */
  kind: z.enum(['recorded', 'parent']),
  dates: z.array(z.object({ date: IsoDate, before: AnswerBrief, after: AnswerBrief })),
  /** The revisions in the span that edited an event with a change on this key's actors and capability. */
  revisions: z.array(RevisionNumber),
});
export type ChangedKey = z.infer<typeof ChangedKey>;

export const LedgerChanges = z.object({
  from: RecordedAt,
  to: RecordedAt,
  revisions: z.array(RevisionNote),
  keys: z.array(ChangedKey),
});
export type LedgerChanges = z.infer<typeof LedgerChanges>;
