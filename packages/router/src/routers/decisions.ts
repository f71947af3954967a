import {
  CrossingHistory,
  CrossingQuestion,
  Decision,
  DecisionBrief,
  decide,
  historyOf,
  type LedgerIndex,
  Question,
  requireKnownActors,
  WhyNot,
  WhyNotInput,
} from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { ANALYSIS, type Cost, MAX_PARTS } from '../cost';
import { engineOutput } from '../engine-output';
import { answerOne, type ManyAnswer } from '../heavy';
import type { FoldedLedger } from '../read-model';
import { CALL, rest } from '../rest';
import { ledgerProcedure } from '../trpc';

const ManyResult = z.union([
  z.object({ ok: z.literal(true), decision: z.union([DecisionBrief, Decision]) }),
  z.object({ ok: z.literal(false), error: z.object({ field: z.string().nullable(), message: z.string() }) }),
]);

/** It folds the ledger again for each change it tries (up to about a hundred): always on the pool. */
const WHY_NOT_COST: Cost = { base: CALL + 5_000, pool: 0 };

/**
 * An answer of more parts than the cap would be hundreds of megabytes. From about a thousand parts
 * (tens of milliseconds) a call runs on the pool.
 */
export const DECIDE_MANY_COST: Cost = { base: CALL, per: { part: 1 }, cap: { part: MAX_PARTS }, pool: 1_000 };

export const decisionsRouter = {
  /** With `recordedAt`, the answer hutong would have given at that instant. */
  decide: ledgerProcedure
    .meta(
      rest('GET', '/decide', 'What happens when a user on host meets target (or url) on surface, on date at'),
    )
    .input(Question)
    .output(engineOutput(Decision))
    .query(onKnownActors(decide)),

  /** Every status a crossing has had: dates, uncertainty windows, basis and deciding events. */
  history: ledgerProcedure
    .meta(
      rest('GET', '/history', 'Every status a crossing has had, with its windows and deciding events', {
        cost: { base: CALL + ANALYSIS },
      }),
    )
    .input(CrossingQuestion)
    .output(engineOutput(CrossingHistory))
    .query(onKnownActors(historyOf)),

  /**
   * Why the answer is not `want`: the rules in the way, with their events and sources, and the
   * smallest changes that would give `want`, each proved through the what-if overlay.
   */
  whyNot: ledgerProcedure
    .meta(
      rest('POST', '/why-not', 'The rules standing in the way of a wanted status, and what would change it', {
        cost: WHY_NOT_COST,
      }),
    )
    .input(WhyNotInput)
    .output(engineOutput(WhyNot))
    .query(({ ctx, input: { recordedAt: _, ...input } }) =>
      ctx.heavy('whyNot', ctx.read, input, WHY_NOT_COST),
    ),

  /** Up to 10,000 questions in one call; one bad question fails alone, in its slot. */
  decideMany: ledgerProcedure
    .meta(
      rest('POST', '/decide-many', 'Up to 10,000 questions in one call', {
        bulk: true,
        cost: DECIDE_MANY_COST,
      }),
    )
    .input(
      z.object({
        questions: z.array(Question).min(1).max(10_000, 'at most 10,000 questions per call'),
        detail: z.enum(['brief', 'full']).default('brief'),
      }),
    )
    .output(engineOutput(z.array(ManyResult)))
    .query(({ ctx, input }) =>
      ctx.heavy('decideMany', ctx.read, input, DECIDE_MANY_COST, async () => {
        const results: ManyAnswer[] = [];
        for (const [i, q] of input.questions.entries()) {
          // Without a pool, other requests get a turn between slices.
          if (i > 0 && i % SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
          results.push(answerOne(ctx.read.index, q, input.detail));
        }
        return results;
      }),
    ),
} satisfies TRPCRouterRecord;

const SLICE = 100;

/** Answers a crossing question on the ledger the call reads, once its host and target are known. */
function onKnownActors<Q extends Pick<Question, 'host' | 'target'>, R>(
  answer: (index: LedgerIndex, question: Q) => R,
) {
  return ({ ctx, input }: { ctx: { read: FoldedLedger }; input: Q & { recordedAt?: string } }) => {
    const { recordedAt: _, ...question } = input;
    requireKnownActors(ctx.read.index, question);
    // Only `recordedAt` was taken off, which TS cannot see through a generic `Q`.
    return answer(ctx.read.index, question as Q);
  };
}
