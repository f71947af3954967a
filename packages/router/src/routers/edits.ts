import { Edit, Revision } from '@hutong/domain';
import { storableEdits } from '@hutong/store/storable';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { rest } from '../rest';
import { editorProcedure } from '../trpc';

/** Parsed by the store's own schema (valid, and text it can hold), so the store does not parse it again. */
export const AppendInput = z.object({
  edits: storableEdits(z.array(Edit).min(1).max(1_000, 'at most 1,000 edits per call')),
});

export const editsRouter = {
  /**
   * Appends the edits in one transaction, all or none. A stale `baseRevision` answers 409 with the
   * entity's current revision in `error.data.current`; a replayed `idempotencyKey` returns the
   * stored revision. The ledger reads reflect the edits by the time this answers.
   */
  append: editorProcedure
    .meta(
      rest('POST', '/edits', 'Append edits (record, amend, retract) in one transaction', {
        protect: 'token',
      }),
    )
    .input(AppendInput)
    .output(z.array(Revision))
    .mutation(async ({ ctx, input }) => {
      // Keys are the token's own: another token's same key is another edit.
      const landed = await ctx.requireStore().append(input.edits, { scope: ctx.auth.tokenId });
      await ctx.catchUp(Math.max(0, ...landed.map((r) => r.revision)));
      return landed;
    }),
} satisfies TRPCRouterRecord;
