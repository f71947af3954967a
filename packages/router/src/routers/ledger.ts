import { asOf, IsoDate, RecordedState } from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { ANALYSIS } from '../cost';
import { engineOutput } from '../engine-output';
import { CALL, rest } from '../rest';
import { ledgerProcedure, publicProcedure } from '../trpc';

export const ledgerRouter = {
  /** Every recorded (host, surface, capability, target) status in force on a date. */
  asOf: ledgerProcedure
    .meta(
      rest('GET', '/ledger/as-of', 'Every recorded rule in force on a date', {
        cost: { base: CALL + ANALYSIS },
      }),
    )
    .input(z.object({ at: IsoDate }))
    .output(engineOutput(z.array(RecordedState)))
    .query(({ ctx, input }) => asOf(ctx.read.index, input.at)),

  stats: publicProcedure
    .meta(rest('GET', '/ledger/stats', 'Revision and counts'))
    .output(
      z.object({
        revision: z.number(),
        actors: z.number(),
        events: z.number(),
        sources: z.number(),
        rules: z.number(),
      }),
    )
    .query(({ ctx }) => {
      const { ledger, timelines } = ctx.ledger.index;
      let rules = 0;
      for (const t of timelines.values()) rules += t.rules.length;
      return {
        revision: ctx.ledger.revision,
        actors: ledger.actors.length,
        events: ledger.events.length,
        sources: ledger.sources.length,
        rules,
      };
    }),
} satisfies TRPCRouterRecord;
