import {
  AnswerHistory,
  AnswerHistoryQuestion,
  answerHistory,
  DomainError,
  foldLedger,
  LedgerChanges,
  LedgerChangesQuestion,
  ledgerChanges,
  noteOf,
  type Revision,
  resolveUrl,
} from '@hutong/domain';
import type { Store } from '@hutong/store';
import type { TRPCRouterRecord } from '@trpc/server';
import { RECORDED_AT } from '../cost';
import { CALL, rest } from '../rest';
import { publicProcedure } from '../trpc';

/** Revisions after `after` up to `upTo`, oldest first, read page by page. */
async function revisionsBetween(store: Store, after: number, upTo: number): Promise<Revision[]> {
  const out: Revision[] = [];
  let last = after;
  while (last < upTo) {
    const page = await store.revisions({ after: last, limit: 1_000 });
    if (page.length === 0) break;
    for (const r of page) if (r.revision <= upTo) out.push(r);
    last = page[page.length - 1]!.revision;
  }
  return out;
}

const refoldFrom = (store: Store) => async (revision: number) =>
  foldLedger((await store.snapshot({ revision })).ledger);

export const blameRouter = {
  /**
   * The revisions that changed a question's answer as recorded (who, when, why, which entity and
   * sources, before → after), between two recorded instants (default: the whole log).
   */
  answer: publicProcedure
    .meta(
      rest('GET', '/blame/answer', 'The revisions that changed one answer, as recorded', {
        // It folds the ledger as recorded at each revision that touched the question.
        cost: { base: CALL + RECORDED_AT },
      }),
    )
    .input(AnswerHistoryQuestion)
    .output(AnswerHistory)
    .query(async ({ ctx, input }) => {
      const store = ctx.requireStore();
      const upTo = input.to ? await store.revisionAt(input.to) : await store.head();
      const start = input.from
        ? await ctx.ledgerAt(input.from)
        : {
            index: foldLedger({ actors: [], sources: [], events: [], regulations: [], figures: [] }),
            revision: 0,
          };
      const target = input.target ?? resolveUrl(ctx.ledger.index, input.url ?? '')?.actor;
      if (!target) throw new DomainError('not-found', `no actor has the web host of "${input.url}"`, 'url');
      const revisions = await revisionsBetween(store, start.revision, upTo);
      return answerHistory(start.index, revisions, { ...input, target }, refoldFrom(store));
    }),

  /** What changed over the whole ledger between two recorded instants: each key whose answers differ. */
  changes: publicProcedure
    .meta(
      rest('GET', '/blame/changes', 'Answers that changed across the ledger between two recorded instants', {
        // Two folds as recorded, and every recorded key's history on both.
        cost: { base: CALL + 2 * RECORDED_AT },
      }),
    )
    .input(LedgerChangesQuestion)
    .output(LedgerChanges)
    .query(async ({ ctx, input }) => {
      const store = ctx.requireStore();
      const to = input.to ?? new Date().toISOString();
      if (to < input.from)
        throw new DomainError('invalid', `"to" (${to}) is before "from" (${input.from})`, 'to');
      const before = await ctx.ledgerAt(input.from);
      const after = await ctx.ledgerAt(to);
      const revisions = await revisionsBetween(store, before.revision, after.revision);
      const previous = new Map(before.index.ledger.events.map((e) => [e.id, e]));
      return {
        from: input.from,
        to,
        revisions: revisions.map((r) => noteOf(r, r.entity === 'event' ? previous.get(r.id) : null)),
        keys: ledgerChanges(before.index, after.index, revisions),
      };
    }),
} satisfies TRPCRouterRecord;
