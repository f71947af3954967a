import { type AnyProcedure, getTRPCErrorFromUnknown, TRPCError } from '@trpc/server';
import type { Context } from './context';
import { appRouter } from './root';

/** What a middleware is handed and gives back, as tRPC's procedure caller defines them. */
interface Opts {
  ctx: Context;
  input: unknown;
  getRawInput: () => Promise<unknown>;
  path: string;
  type: string;
  signal: undefined;
  batchIndex: number;
}
interface Next {
  ctx?: Record<string, unknown>;
  input?: unknown;
  getRawInput?: () => Promise<unknown>;
}
type Result = { ok: true; data: unknown } | { ok: false; error: TRPCError };
type Middleware = (opts: Opts & { meta: unknown; next: (next?: Next) => Promise<Result> }) => Promise<Result>;

/**
 * Calls the procedure at `path` as tRPC's own caller does (`callRecursive` in @trpc/server): the same
 * middlewares, input and output parsers and resolver, in the same order, with the same options, and
 * its error thrown as a `TRPCError`. Only the copying differs: tRPC's published build copies the
 * options through a transpiled spread helper (`_objectSpread2`, property by property with
 * descriptors) three times per middleware, which was nine tenths of a `decide` call through the caller
 * (about 230 of 250 µs; parsing and answering the question took 20). Native spreads copy the same
 * properties. For the calls services make thousands of times a second; everything else goes through
 * tRPC's caller or adapters.
 */
export function directProcedure(path: string): (ctx: Context, input: unknown) => Promise<unknown> {
  const procedure = (appRouter._def.procedures as unknown as Record<string, AnyProcedure | undefined>)[path];
  if (!procedure) throw new Error(`no procedure ${path}`);
  const def = procedure._def as unknown as { middlewares: Middleware[]; meta: unknown; type: string };
  const { middlewares, meta, type } = def;
  const call = async (index: number, opts: Opts): Promise<Result> => {
    try {
      return await middlewares[index]!({
        ...opts,
        meta,
        next: (next?: Next) =>
          call(index + 1, {
            ...opts,
            ctx: next?.ctx ? { ...opts.ctx, ...next.ctx } : opts.ctx,
            input: next && 'input' in next ? next.input : opts.input,
            getRawInput: next?.getRawInput ?? opts.getRawInput,
          }),
      });
    } catch (cause) {
      return { ok: false, error: getTRPCErrorFromUnknown(cause) };
    }
  };
  return async (ctx, input) => {
    const getRawInput = async () => input;
    const result = await call(0, {
      ctx,
      input: undefined,
      getRawInput,
      path,
      type,
      signal: undefined,
      batchIndex: 0,
    });
    if (!result)
      throw new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        message: 'No result from middlewares - did you forget to `return next()`?',
      });
    if (!result.ok) throw result.error;
    return result.data;
  };
}
