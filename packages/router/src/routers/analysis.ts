import {
  ComplianceFinding,
  closestIds,
  compliance,
  DomainError,
  diff,
  Id,
  IsoDate,
  LEDGER_EPOCH,
  LedgerDiff,
  Openness,
  openness,
  RecordedAt,
  requireActor,
  todayIso,
  Walls,
  WallsQuestion,
  WhatIf,
  WhatIfInput,
  walls,
  whatIf,
} from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { rest } from '../rest';
import { publicProcedure } from '../trpc';

export const analysisRouter = {
  /** Crossings regulations forbid that are still in place on `at`, past their deadlines. */
  compliance: publicProcedure
    .meta(
      rest(
        'GET',
        '/analysis/compliance',
        'Crossings regulations forbid, still in place past their deadlines',
      ),
    )
    .input(z.object({ at: IsoDate, regulation: Id.optional(), recordedAt: RecordedAt.optional() }))
    .output(z.array(ComplianceFinding))
    .query(async ({ ctx, input }) => {
      const { index } = await ctx.ledgerAt(input.recordedAt);
      const known = index.ledger.regulations.map((r) => r.id);
      // An unknown regulation is a mistake to name, not a regulation nobody breaches.
      if (input.regulation !== undefined && !known.includes(input.regulation))
        throw new DomainError(
          'not-found',
          `unknown regulation "${input.regulation}"`,
          'regulation',
          closestIds(input.regulation, known),
        );
      const all = compliance(index, input.at);
      return input.regulation ? all.filter((f) => f.regulation === input.regulation) : all;
    }),

  /** What changed between two dates. */
  diff: publicProcedure
    .meta(rest('GET', '/analysis/diff', 'What changed between two dates'))
    .input(z.object({ from: IsoDate, to: IsoDate, recordedAt: RecordedAt.optional() }))
    .output(LedgerDiff)
    .query(async ({ ctx, input }) => {
      // Keys recorded only on the earlier date would be missed the other way round.
      if (input.to < input.from)
        throw new DomainError('invalid', `"to" (${input.to}) is before "from" (${input.from})`, 'to');
      return diff((await ctx.ledgerAt(input.recordedAt)).index, input.from, input.to);
    }),

  /** How open a host (or company) is to a target (or company), month by month. */
  openness: publicProcedure
    .meta(rest('GET', '/analysis/openness', 'The openness index month by month'))
    .input(
      z.object({
        host: Id,
        target: Id,
        from: IsoDate.default(LEDGER_EPOCH),
        to: IsoDate.optional(),
        recordedAt: RecordedAt.optional(),
      }),
    )
    .output(Openness)
    .query(async ({ ctx, input }) => {
      const { index } = await ctx.ledgerAt(input.recordedAt);
      requireActor(index, input.host, 'host');
      requireActor(index, input.target, 'target');
      const to = input.to ?? todayIso();
      if (to < input.from)
        throw new DomainError('invalid', `"to" (${to}) is before "from" (${input.from})`, 'to');
      return openness(index, input.host, input.target, input.from, to);
    }),

  /**
   * What if some events had not happened, or others had: decisions, diff, compliance and openness
   * recomputed on an overlay of the ledger (nothing is stored), baseline beside counterfactual.
   */
  whatIf: publicProcedure
    .meta(
      rest(
        'POST',
        '/analysis/what-if',
        'Decisions, compliance and openness without some events (or with hypothetical ones)',
      ),
    )
    .input(WhatIfInput.safeExtend({ recordedAt: RecordedAt.optional() }))
    .output(WhatIf)
    .query(async ({ ctx, input: { recordedAt, ...input } }) =>
      whatIf((await ctx.ledgerAt(recordedAt)).index, input),
    ),

  /** The wall map on one date: rows and columns from the ledger, every cell as `decide` answers it. */
  walls: publicProcedure
    .meta(rest('GET', '/analysis/walls', 'Who lets whom in: every host × target cell on one date'))
    .input(WallsQuestion.extend({ recordedAt: RecordedAt.optional() }))
    .output(Walls)
    .query(async ({ ctx, input: { recordedAt, ...question } }) =>
      walls((await ctx.ledgerAt(recordedAt)).index, question),
    ),
} satisfies TRPCRouterRecord;
