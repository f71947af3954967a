import { Actor, ActorKind, Id, requireActor } from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { rest } from '../rest';
import { publicProcedure } from '../trpc';

const ActorDetail = z.object({ actor: Actor, owner: Actor.nullable(), owns: z.array(Actor) });

export const actorsRouter = {
  list: publicProcedure
    .meta(rest('GET', '/actors', 'Every actor, optionally of one kind'))
    .input(z.object({ kind: ActorKind.optional() }).optional())
    .output(z.array(Actor))
    .query(({ ctx, input }) => {
      const all = ctx.ledger.index.ledger.actors;
      return input?.kind ? all.filter((a) => a.kind === input.kind) : all;
    }),

  get: publicProcedure
    .meta(rest('GET', '/actors/{id}', 'One actor with its owner and the platforms it owns'))
    .input(z.object({ id: Id }))
    .output(ActorDetail)
    .query(({ ctx, input }) => {
      const { actors } = ctx.ledger.index;
      const actor = requireActor(ctx.ledger.index, input.id, 'id');
      const owns = (ctx.ledger.index.owned.get(actor.id) ?? []).map((id) => actors.get(id)!);
      return { actor, owner: actor.owner ? (actors.get(actor.owner) ?? null) : null, owns };
    }),
} satisfies TRPCRouterRecord;
