/**
 * 1. INITIALISATION — one tRPC instance, its error shape and the base procedures.
 * @see https://trpc.io/docs/server/routers
 */
import { DomainError } from '@hutong/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { Context } from './context';
import { toTrpcError } from './errors';

const t = initTRPC.context<Context>().create({
  /**
   * 2. ERRORS — a bad input names its field in the message and carries the flattened zod error,
   * so clients can show it at the field; a domain error carries its field and suggestions.
   * @see https://trpc.io/docs/server/error-formatting
   */
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const domain = error.cause instanceof DomainError ? error.cause : null;
    return {
      ...shape,
      message: zod ? describeZodError(zod) : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: zod ? z.flattenError(zod).fieldErrors : null,
        field: domain?.field ?? (zod ? (zod.issues[0]?.path.join('.') ?? null) : null),
        suggestions: domain ? [...domain.suggestions] : [],
      },
    };
  },
});

/** `field: message` for each issue, so a plain HTTP caller reads the problem without parsing `data`. */
export function describeZodError(err: ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** 3. PROCEDURES — domain errors leave as tRPC errors with the matching code; nothing else is added. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) throw toTrpcError(result.error.cause);
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);
export { TRPCError };
