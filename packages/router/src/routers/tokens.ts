// The schemas alone: the router must not load the database drivers (the CLI reads without them).
import { NewToken, TokenId, TokenInfo } from '@hutong/store/tokens';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { rest } from '../rest';
import { adminProcedure } from '../trpc';

export const tokensRouter = {
  /** A new token; its secret is in this answer and nowhere else, ever. */
  create: adminProcedure
    .meta(rest('POST', '/tokens', 'Create an API token (shown once)', { protect: 'token' }))
    .input(NewToken)
    .output(z.object({ token: z.string(), info: TokenInfo }))
    .mutation(({ ctx, input }) => ctx.requireStore().tokens.create(input)),

  list: adminProcedure
    .meta(rest('GET', '/tokens', 'Every API token (never the secret)', { protect: 'token' }))
    .output(z.array(TokenInfo))
    .query(({ ctx }) => ctx.requireStore().tokens.list()),

  /** Revoked tokens stay listed, with the time they were revoked. */
  revoke: adminProcedure
    .meta(rest('POST', '/tokens/revoke', 'Revoke an API token', { protect: 'token' }))
    .input(z.object({ id: TokenId }))
    .output(TokenInfo)
    .mutation(({ ctx, input }) => ctx.requireStore().tokens.revoke(input.id)),
} satisfies TRPCRouterRecord;
