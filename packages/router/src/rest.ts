import type { OpenApiMeta, OpenApiMethod } from 'trpc-to-openapi';
import type { Cost } from './cost';

/** What a procedure declares about itself, read by admission, the REST router and the docs. */
export type Meta = OpenApiMeta & {
  /** Its price in work units (see cost.ts); a procedure without one costs `CALL`. */
  cost?: Cost;
  /** Its body may be as large as `HUTONG_DECIDE_MANY_BODY_LIMIT` rather than `HUTONG_BODY_LIMIT`. */
  bulk?: boolean;
  /** It reads the ledger "as recorded at" its `recordedAt` (set by `ledgerProcedure`). */
  recorded?: boolean;
};

/** What every call costs at least: a REST request, each call in a tRPC batch, `/health`, a web file. */
export const CALL = 10;

/**
 * A procedure's plain-HTTP route for the OpenAPI document (`/openapi.json`) and the REST adapter
 * under `/api`, with its cost. Reads are public; `protect: 'token'` marks edits with their bearer-token
 * requirement.
 */
export function rest(
  method: OpenApiMethod,
  path: `/${string}`,
  summary: string,
  facts: { cost?: Cost; protect?: 'public' | 'token'; bulk?: boolean } = {},
): Meta {
  const tag = path.split('/')[1] ?? 'hutong';
  const { cost = { base: CALL }, protect = 'public', bulk } = facts;
  return {
    openapi: { method, path, summary, tags: [tag], protect: protect === 'token' },
    cost,
    ...(bulk ? { bulk } : {}),
  };
}
