import type { AnyProcedure } from '@trpc/server';
import type { Meta } from './rest';
import { appRouter } from './root';

/** Each procedure's declared facts (route, cost, body limit, "as recorded at") by its dotted path. */
// `_def.procedures` is flat by dotted path at run time, though typed as the nested router record.
const flat = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;

export const procedureFacts: ReadonlyMap<string, Meta> = new Map(
  Object.entries(flat).map(([path, p]) => [path, (p._def.meta ?? {}) as Meta]),
);
