import { describeIssues } from '@hutong/domain';
import { type AnyProcedure, TRPCError } from '@trpc/server';
import type { z } from 'zod';
import { appRouter } from './root';
import { InvalidInput, SHOWN } from './trpc';

const flat = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;

/**
 * A procedure's input parsed as tRPC parses it (each of its input schemas, results merged), for a
 * server path that runs the procedure's work itself (a streamed answer): a bad input throws the same
 * 400 naming its field.
 */
export function parsedInputOf(path: string, raw: unknown): Record<string, unknown> {
  const procedure = flat[path];
  if (!procedure) throw new TRPCError({ code: 'NOT_FOUND', message: `no procedure "${path}"` });
  let merged: Record<string, unknown> = {};
  for (const schema of procedure._def.inputs as z.ZodType[]) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: describeIssues(parsed.error.issues, SHOWN),
        cause: new InvalidInput(parsed.error),
      });
    merged = { ...merged, ...(parsed.data as Record<string, unknown>) };
  }
  return merged;
}
