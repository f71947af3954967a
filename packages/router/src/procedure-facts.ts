import type { AnyProcedure } from '@trpc/server';
import type { Meta } from './rest';
import { appRouter } from './root';

// `_def.procedures` is flat by dotted path at run time, though typed as the nested router record.
const flat = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;

/** What a procedure declares (route, cost, body limit, "as recorded at") and what it is. */
export type ProcedureFacts = Meta & { type: AnyProcedure['_def']['type'] };

/** Each procedure's facts by its dotted path. */
export const procedureFacts: ReadonlyMap<string, ProcedureFacts> = new Map(
  Object.entries(flat).map(([path, p]) => [
    path,
    { ...(p._def.meta as Meta | undefined), type: p._def.type },
  ]),
);
