import {
  ComplianceFinding,
  compliance,
  DomainError,
  diff,
  Id,
  IsoDate,
  LedgerDiff,
  Openness,
  openness,
  requireActor,
} from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { publicProcedure } from '../trpc';

const todayIso = () => new Date().toISOString().slice(0, 10);

export const analysisRouter = {
  /** Crossings regulations forbid that are still in place on `at`, past their deadlines. */
  compliance: publicProcedure
    .input(z.object({ at: IsoDate, regulation: Id.optional() }))
    .output(z.array(ComplianceFinding))
    .query(({ ctx, input }) => {
      const all = compliance(ctx.ledger.index, input.at);
      return input.regulation ? all.filter((f) => f.regulation === input.regulation) : all;
    }),

  /** What changed between two dates. */
  diff: publicProcedure
    .input(z.object({ from: IsoDate, to: IsoDate }))
    .output(LedgerDiff)
    .query(({ ctx, input }) => diff(ctx.ledger.index, input.from, input.to)),

  /** How open a host (or company) is to a target (or company), month by month. */
  openness: publicProcedure
    .input(z.object({ host: Id, target: Id, from: IsoDate.default('2013-01-01'), to: IsoDate.optional() }))
    .output(Openness)
    .query(({ ctx, input }) => {
      const { index } = ctx.ledger;
      requireActor(index, input.host, 'host');
      requireActor(index, input.target, 'target');
      const to = input.to ?? todayIso();
      if (to < input.from)
        throw new DomainError('invalid', `"to" (${to}) is before "from" (${input.from})`, 'to');
      return openness(index, input.host, input.target, input.from, to);
    }),
} satisfies TRPCRouterRecord;
