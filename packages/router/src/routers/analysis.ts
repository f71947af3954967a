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
  RangeDate,
  requireActor,
  todayIso,
  Walls,
  WallsQuestion,
  WhatIf,
  WhatIfInput,
  walls,
} from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { ANALYSIS, type Cost, MAX_MONTH_CELLS, MAX_PARTS } from '../cost';
import { engineOutput } from '../engine-output';
import { CALL, rest } from '../rest';
import { ledgerProcedure } from '../trpc';

/** A month of one platform pair is about a quarter of a decision's work; a year of one pair runs here. */
const OPENNESS_COST: Cost = {
  base: CALL,
  per: { monthCell: 0.25 },
  cap: { monthCell: MAX_MONTH_CELLS },
  pool: 100,
};

/**
 * Both sides answered: questions and openness months twice; each change refolds its crossings. A
 * counterfactual refolds the ledger, so every one runs on the pool.
 */
export const WHAT_IF_COST: Cost = {
  base: CALL + ANALYSIS,
  per: { part: 2, monthCell: 0.5, change: 20 },
  cap: { part: MAX_PARTS, monthCell: MAX_MONTH_CELLS },
  pool: 0,
};

export const analysisRouter = {
  /** Crossings regulations forbid that are still in place on `at`, past their deadlines. */
  compliance: ledgerProcedure
    .meta(
      rest(
        'GET',
        '/analysis/compliance',
        'Crossings regulations forbid, still in place past their deadlines',
        {
          cost: { base: CALL + ANALYSIS },
        },
      ),
    )
    .input(z.object({ at: IsoDate, regulation: Id.optional() }))
    .output(engineOutput(z.array(ComplianceFinding)))
    .query(({ ctx, input }) => {
      const { index } = ctx.read;
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
  diff: ledgerProcedure
    .meta(
      rest('GET', '/analysis/diff', 'What changed between two dates', { cost: { base: CALL + ANALYSIS } }),
    )
    .input(z.object({ from: IsoDate, to: IsoDate }))
    .output(engineOutput(LedgerDiff))
    .query(({ ctx, input }) => {
      // Keys recorded only on the earlier date would be missed the other way round.
      if (input.to < input.from)
        throw new DomainError('invalid', `"to" (${input.to}) is before "from" (${input.from})`, 'to');
      return diff(ctx.read.index, input.from, input.to);
    }),

  /** How open a host (or company) is to a target (or company), month by month. */
  openness: ledgerProcedure
    .meta(
      rest('GET', '/analysis/openness', 'The openness index month by month', {
        cost: OPENNESS_COST,
      }),
    )
    .input(
      z.object({ host: Id, target: Id, from: RangeDate.default(LEDGER_EPOCH), to: RangeDate.optional() }),
    )
    .output(engineOutput(Openness))
    .query(({ ctx, input }) => {
      const { index } = ctx.read;
      requireActor(index, input.host, 'host');
      requireActor(index, input.target, 'target');
      const to = input.to ?? todayIso();
      if (to < input.from)
        throw new DomainError('invalid', `"to" (${to}) is before "from" (${input.from})`, 'to');
      return ctx.heavy('openness', ctx.read, { ...input, to }, OPENNESS_COST);
    }),

  /**
   * What if some events had not happened, or others had: decisions, diff, compliance and openness
   * recomputed on an overlay of the ledger (nothing is stored), baseline beside counterfactual.
   */
  whatIf: ledgerProcedure
    .meta(
      rest(
        'POST',
        '/analysis/what-if',
        'Decisions, compliance and openness without some events (or with hypothetical ones)',
        {
          cost: WHAT_IF_COST,
        },
      ),
    )
    .input(WhatIfInput)
    .output(engineOutput(WhatIf))
    .query(({ ctx, input: { recordedAt: _, ...input } }) =>
      ctx.heavy('whatIf', ctx.read, input, WHAT_IF_COST),
    ),

  /** The wall map on one date: rows and columns from the ledger, every cell as `decide` answers it. */
  walls: ledgerProcedure
    .meta(
      rest('GET', '/analysis/walls', 'Who lets whom in: every host × target cell on one date', {
        // A few hundred decisions, one per cell.
        cost: { base: CALL + 500 },
      }),
    )
    .input(WallsQuestion)
    .output(engineOutput(Walls))
    .query(({ ctx, input: { recordedAt: _, ...question } }) => walls(ctx.read.index, question)),
} satisfies TRPCRouterRecord;
