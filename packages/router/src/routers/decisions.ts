import {
  briefOf,
  COUNTING,
  CrossingHistory,
  CrossingQuestion,
  Decision,
  DecisionBrief,
  DomainError,
  decide,
  historyOf,
  type LedgerIndex,
  Question,
  RecordedAt,
  requireKnownActors,
  WhyNot,
  WhyNotInput,
  whyNot,
  withSuggestions,
} from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { Context } from '../context';
import { rest } from '../rest';
import { publicProcedure } from '../trpc';

const ManyResult = z.union([
  z.object({ ok: z.literal(true), decision: z.union([DecisionBrief, Decision]) }),
  z.object({ ok: z.literal(false), error: z.object({ field: z.string().nullable(), message: z.string() }) }),
]);

export const decisionsRouter = {
  /** With `recordedAt`, the answer hutong would have given at that instant. */
  decide: publicProcedure
    .meta(
      rest('GET', '/decide', 'What happens when a user on host meets target (or url) on surface, on date at'),
    )
    .input(Question.safeExtend({ recordedAt: RecordedAt.optional() }))
    .output(Decision)
    .query(onKnownActors(decide)),

  /** Every status a crossing has had: dates, uncertainty windows, basis and deciding events. */
  history: publicProcedure
    .meta(rest('GET', '/history', 'Every status a crossing has had, with its windows and deciding events'))
    .input(CrossingQuestion.safeExtend({ recordedAt: RecordedAt.optional() }))
    .output(CrossingHistory)
    .query(onKnownActors(historyOf)),

  /**
   * Why the answer is not `want`: the rules in the way, with their events and sources, and the
   * smallest changes that would give `want`, each proved through the what-if overlay.
   */
  whyNot: publicProcedure
    .meta(
      rest('POST', '/why-not', 'The rules standing in the way of a wanted status, and what would change it'),
    )
    .input(WhyNotInput.safeExtend({ recordedAt: RecordedAt.optional() }))
    .output(WhyNot)
    .query(async ({ ctx, input: { recordedAt, ...input } }) =>
      whyNot((await ctx.ledgerAt(recordedAt)).index, input),
    ),

  /** Up to 10,000 questions in one call; one bad question fails alone, in its slot. */
  decideMany: publicProcedure
    .meta(rest('POST', '/decide-many', 'Up to 10,000 questions in one call'))
    .input(
      z.object({
        questions: z.array(Question).min(1).max(10_000, 'at most 10,000 questions per call'),
        detail: z.enum(['brief', 'full']).default('brief'),
        recordedAt: RecordedAt.optional(),
      }),
    )
    .output(z.array(ManyResult))
    .query(async ({ ctx, input }) => {
      const { index } = await ctx.ledgerAt(input.recordedAt);
      const results: z.infer<typeof ManyResult>[] = [];
      for (const [i, q] of input.questions.entries()) {
        // Other requests get a turn between slices, so a 10,000-question call never holds the server.
        if (i > 0 && i % SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
        results.push(answer(index, q, input.detail));
      }
      return results;
    }),
} satisfies TRPCRouterRecord;

const SLICE = 100;

/** Answers a crossing question on the ledger as recorded at `recordedAt`, once its host and target are known. */
function onKnownActors<Q extends Pick<Question, 'host' | 'target'>, R>(
  answer: (index: LedgerIndex, question: Q) => R,
) {
  return async ({ ctx, input }: { ctx: Context; input: Q & { recordedAt?: string } }) => {
    const { recordedAt, ...question } = input;
    const { index } = await ctx.ledgerAt(recordedAt);
    requireKnownActors(index, question);
    // Only `recordedAt` was taken off, which TS cannot see through a generic `Q`.
    return answer(index, question as Q);
  };
}

function answer(index: LedgerIndex, q: Question, detail: 'brief' | 'full'): z.infer<typeof ManyResult> {
  try {
    requireKnownActors(index, q);
    // A brief answer carries no nearby list, so it is not computed.
    const d = decide(index, q, detail === 'full' ? undefined : COUNTING);
    return { ok: true as const, decision: detail === 'full' ? d : briefOf(d) };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return { ok: false as const, error: { field: err.field ?? null, message: withSuggestions(err) } };
  }
}
