import { Revision, RevisionQuery } from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { CALL, rest } from '../rest';
import { revisionFeed } from '../revision-feed';
import { publicProcedure } from '../trpc';

/** Revisions one resumed subscription may replay; further back, read `revisions.list` pages. */
export const MAX_REPLAY = 10_000;

export const revisionsRouter = {
  /** The log, oldest first: revisions after `after`, optionally of one entity. */
  list: publicProcedure
    .meta(rest('GET', '/revisions', 'The revision log', { cost: { base: CALL, per: { tenItems: 1 } } }))
    .input(RevisionQuery.optional())
    .output(z.array(Revision))
    .query(({ ctx, input }) => ctx.requireStore().revisions(input ?? {})),

  /**
   * Every revision appended from now on, over SSE, each tracked by its number; reconnecting with the
   * last number (tRPC sends the `Last-Event-ID` as `lastEventId`) resumes with none missed or repeated.
   */
  onAppend: publicProcedure
    // A resumed subscription replays what it missed, at most `MAX_REPLAY` revisions.
    .meta({ cost: { base: CALL, per: { replayed: 0.1 }, cap: { replayed: MAX_REPLAY } } })
    .input(
      z
        .object({
          lastEventId: z
            .string()
            .regex(/^\d{1,15}$/, 'a revision number')
            .optional(),
        })
        .optional(),
    )
    .subscription(({ ctx, input, signal }) => revisionFeed(ctx.requireStore(), input?.lastEventId, signal)),
} satisfies TRPCRouterRecord;
