import { Figure, Id, Regulation, requireActor, Source } from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { rest } from '../rest';
import { publicProcedure } from '../trpc';

export const figuresRouter = {
  /** Sourced numbers, optionally about one actor, in date order. */
  list: publicProcedure
    .meta(rest('GET', '/figures', 'Sourced numbers about the actors'))
    .input(z.object({ actor: Id.optional() }).optional())
    .output(z.array(Figure))
    .query(({ ctx, input }) => {
      const { index } = ctx.ledger;
      if (input?.actor) requireActor(index, input.actor, 'actor');
      return index.ledger.figures
        .filter((f) => !input?.actor || f.actor === input.actor)
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    }),
} satisfies TRPCRouterRecord;

export const regulationsRouter = {
  list: publicProcedure
    .meta(rest('GET', '/regulations', 'The regulations compliance checks against'))
    .output(z.array(Regulation))
    .query(({ ctx }) => ctx.ledger.index.ledger.regulations),
} satisfies TRPCRouterRecord;

export const sourcesRouter = {
  list: publicProcedure
    .meta(rest('GET', '/sources', 'The articles the ledger cites'))
    .output(z.array(Source))
    .query(({ ctx }) => ctx.ledger.index.ledger.sources),
} satisfies TRPCRouterRecord;
