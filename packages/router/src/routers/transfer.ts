import { EntityRecord, formatExport, ImportProblem, TransferFormat } from '@hutong/domain';
import { importRows } from '@hutong/store/transfer';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { rest } from '../rest';
import { editorProcedure, publicProcedure } from '../trpc';

/** A validated entity as `hutong import` read it, with the line of its file it starts on. */
const ImportRowInput = z.intersection(EntityRecord, z.object({ line: z.number().int().min(0) }));

export const ImportReport = z.object({
  recorded: z.number(),
  amended: z.number(),
  unchanged: z.number(),
  /** The log's head after the import (before it, for a dry run or a refused one). */
  head: z.number(),
  dryRun: z.boolean(),
  /** Cross-reference problems; when there are any, nothing was stored. */
  problems: z.array(ImportProblem),
});

/** Whole-ledger moves, so `hutong import` and `export` work while a server holds the store. */
export const transferRouter = {
  /** The whole ledger in an import format: every kind sorted by id, as `hutong export` writes it. */
  export: publicProcedure
    .meta(rest('GET', '/transfer/export', 'The whole ledger as JSON, NDJSON or CSV text'))
    .input(z.object({ format: TransferFormat }))
    .output(z.object({ format: TransferFormat, revision: z.number(), text: z.string() }))
    .query(({ ctx, input }) => ({
      format: input.format,
      revision: ctx.ledger.revision,
      text: formatExport(ctx.ledger.index.ledger, input.format),
    })),

  /**
   * Imports rows in one transaction, all or none: absent → recorded, different → amended, identical →
   * left alone. Reference problems (an id nothing defines) come back as `problems`, storing nothing.
   */
  import: editorProcedure
    .meta(
      rest('POST', '/transfer/import', 'Import validated entities in one transaction', { protect: 'token' }),
    )
    .input(
      z.object({
        rows: z.array(ImportRowInput).min(1),
        author: z.string().min(1),
        reason: z.string().min(1),
        dryRun: z.boolean().default(false),
      }),
    )
    .output(ImportReport)
    .mutation(async ({ ctx, input }) => {
      const report = await importRows(ctx.requireStore(), input.rows, input);
      await ctx.catchUp(report.head);
      return report;
    }),
} satisfies TRPCRouterRecord;
