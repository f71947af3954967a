import {
  Citation,
  closestIds,
  DomainError,
  Event,
  Figure,
  Id,
  Regulation,
  requireActor,
  Source,
} from '@hutong/domain';
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

  /** One source with everything that cites it: events, figures and regulations, each with its quotes. */
  get: publicProcedure
    .meta(rest('GET', '/sources/{id}', 'One source with the events, figures and regulations citing it'))
    .input(z.object({ id: Id }))
    .output(
      z.object({
        source: Source,
        events: z.array(z.object({ event: Event, citations: z.array(Citation) })),
        figures: z.array(z.object({ figure: Figure, citations: z.array(Citation) })),
        regulations: z.array(z.object({ regulation: Regulation, citations: z.array(Citation) })),
      }),
    )
    .query(({ ctx, input }) => {
      const { ledger } = ctx.ledger.index;
      const source = ledger.sources.find((s) => s.id === input.id);
      if (!source)
        throw new DomainError(
          'not-found',
          `unknown source "${input.id}"`,
          'id',
          closestIds(
            input.id,
            ledger.sources.map((s) => s.id),
          ),
        );
      const citing = (cites: readonly Citation[]) => cites.filter((c) => c.source === source.id);
      return {
        source,
        events: ledger.events
          .map((event) => ({ event, citations: citing(event.sources) }))
          .filter((e) => e.citations.length > 0)
          .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.event.id.localeCompare(b.event.id)),
        figures: ledger.figures
          .map((figure) => ({ figure, citations: citing([figure.source]) }))
          .filter((f) => f.citations.length > 0),
        regulations: ledger.regulations
          .map((regulation) => ({ regulation, citations: citing(regulation.sources) }))
          .filter((r) => r.citations.length > 0),
      };
    }),
} satisfies TRPCRouterRecord;
