import { Evidence, Id, requireActor, requireEvent } from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { EventFilter, eventsMatching } from '../event-filter';
import { CALL, rest } from '../rest';
import { publicProcedure } from '../trpc';

export const eventsRouter = {
  list: publicProcedure
    .meta({
      ...rest('GET', '/events', 'Events matching every given facet, with their sources', {
        cost: { base: CALL, per: { tenItems: 1 } },
      }),
      // Its input may be absent, so `recordedAt` is read here rather than by `ledgerProcedure`.
      recorded: true,
    })
    .input(EventFilter.optional())
    .output(z.object({ items: z.array(Evidence), total: z.number(), nextCursor: z.number().nullable() }))
    .query(async ({ ctx, input }) => {
      const filter = EventFilter.parse(input ?? {});
      const { index } = await ctx.ledgerAt(filter.recordedAt);
      if (filter.actor) requireActor(index, filter.actor, 'actor');
      const all = eventsMatching(index, filter);
      const end = filter.cursor + filter.limit;
      return {
        items: all.slice(filter.cursor, end).map((e) => index.evidence.get(e.id)!),
        total: all.length,
        nextCursor: end < all.length ? end : null,
      };
    }),

  get: publicProcedure
    .meta(rest('GET', '/events/{id}', 'One event with its sources'))
    .input(z.object({ id: Id }))
    .output(Evidence)
    .query(({ ctx, input }) => {
      const event = requireEvent(ctx.ledger.index, input.id);
      return ctx.ledger.index.evidence.get(event.id)!;
    }),
} satisfies TRPCRouterRecord;
