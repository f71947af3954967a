import type { z } from 'zod';

/**
 * Whether answers the engine built are parsed again against their schema on the way out. On by
 * default (tests, development); a server in production turns it off once at start, since the engine
 * builds them to the schema and `engine-output.test.ts` holds every answer it builds, on the curated
 * and a generated ledger, to it — parsing a `Decision` again was a sixth of a `decide` call's time.
 */
export const engineOutputChecks = { on: true };

/**
 * An engine-built procedure output: the schema as it is for types and the OpenAPI document, but read
 * by tRPC (which parses outputs with `parseAsync`) only while `engineOutputChecks.on`.
 */
export function engineOutput<S extends z.ZodType>(schema: S): S {
  const checked = schema.clone() as S;
  const parseAsync = checked.parseAsync.bind(checked);
  Object.defineProperty(checked, 'parseAsync', {
    value: (data: unknown, params?: Parameters<S['parseAsync']>[1]) =>
      engineOutputChecks.on ? parseAsync(data, params) : Promise.resolve(data),
  });
  return checked;
}
