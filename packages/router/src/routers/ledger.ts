import { asOf, IsoDate, RecordedAt, RecordedState } from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { rest } from '../rest';
import { publicProcedure } from '../trpc';

export const ledgerRouter = {
  /** Every recorded (host, surface, capability, target) status in force on a date. */
  asOf: publicProcedure
    .meta(rest('GET', '/ledger/as-of', 'Every recorded rule in force on a date'))
    .input(z.object({ at: IsoDate, recordedAt: RecordedAt.optional() }))
    .output(z.array(RecordedState))
    .query(async ({ ctx, input }) => asOf((await ctx.ledgerAt(input.recordedAt)).index, input.at)),

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
