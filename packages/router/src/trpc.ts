/**
 * 1. INITIALISATION — one tRPC instance, its error shape and the base procedures.
 * @see https://trpc.io/docs/server/routers
 */
import {
  DomainError,
  describeIssues,
  issuePath,
  RecordedAt,
  RevisionConflict,
  withSuggestions,
} from '@hutong/domain';
import type { TokenRole } from '@hutong/store';
import { initTRPC, type TRPCDefaultErrorShape, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { ZodError, z } from 'zod';
import { hasRole } from './auth';
import type { Context } from './context';
import { toTrpcError } from './errors';
import type { Meta } from './rest';

/**
 * 2. ERRORS — a bad input names its field in the message and carries its issues by path, so clients
 * can show each at its field; a domain error carries its field (with its message in `fieldErrors`),
 * its suggestions, and on a conflict the entity's current revision to rebase on. `ErrorData` is what
 * every client reads back (`readError` in @hutong/client).
 * @see https://trpc.io/docs/server/error-formatting
 */
function errorFormatter({ shape, error }: { shape: TRPCDefaultErrorShape; error: TRPCError }) {
  const zod = zodErrorOf(error.cause);
  const domain = error.cause instanceof DomainError ? error.cause : null;
  const field = domain?.field ?? (zod?.issues[0] ? issuePath(zod.issues[0]) : null);
  return {
    ...shape,
    message: zod ? describeIssues(zod.issues, SHOWN) : shape.message,
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      path: shape.data.path,
      fieldErrors: zod
        ? fieldErrorsOf(zod)
        : domain?.field
          ? { [domain.field]: [withSuggestions(domain)] }
          : null,
      field,
      suggestions: domain ? [...domain.suggestions] : [],
      current: domain instanceof RevisionConflict ? domain.current : null,
    },
  };
}

/**
 * The error body a call to `path` answers with, as the adapters shape it (for a server path that calls
 * procedures directly, without an adapter): the default shape through `errorFormatter`.
 */
export function errorShapeOf(error: TRPCError, path: string) {
  const httpStatus = getHTTPStatusCodeFromError(error);
  const shape = {
    message: error.message,
    code: TRPC_ERROR_CODES_BY_KEY[error.code],
    data: { code: error.code, httpStatus, path },
  };
  return errorFormatter({ shape, error });
}

/** How many issues a message lists; `data.fieldErrors` has them all. */
export const SHOWN = { limit: 5 };

/** The `data` of every error this router sends. */
export type ErrorData = ReturnType<typeof errorFormatter>['data'];

// Procedures carry OpenAPI metadata (see rest.ts), from which /openapi.json and the REST routes are made.
const t = initTRPC
  .meta<Meta>()
  .context<Context>()
  .create({
    errorFormatter,
    /**
     * Live updates leave over SSE; pings keep proxies from closing a quiet stream.
     * @see https://trpc.io/docs/server/subscriptions
     */
    sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 25_000 } },
  });

/**
 * Messages by full dotted path (`edits.0.body.changes.1.target`), so a form can show each at its field;
 * zod's own flattenError keeps only the first path segment.
 */
function fieldErrorsOf(err: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of err.issues) {
    const path = issuePath(issue);
    out[path] = [...(out[path] ?? []), issue.message];
  }
  return out;
}

/**
 * A bad input, carried so that no adapter mistakes it for a bare ZodError: trpc-to-openapi replaces
 * a ZodError's message with "Input validation failed"; this keeps the message naming the field.
 */
export class InvalidInput extends Error {
  override readonly name = 'InvalidInput';
  constructor(readonly zod: ZodError) {
    super(describeIssues(zod.issues, SHOWN));
  }
}

const zodErrorOf = (cause: unknown): ZodError | null =>
  cause instanceof ZodError ? cause : cause instanceof InvalidInput ? cause.zod : null;

/**
 * 3. PROCEDURES — domain errors leave as tRPC errors with the matching code, and bad input as a 400
 * whose message names the field on every transport; nothing else is added.
 */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const { cause, code } = result.error;
  if (cause instanceof DomainError) throw toTrpcError(cause);
  if (code === 'BAD_REQUEST' && cause instanceof ZodError)
    throw new TRPCError({
      code,
      message: describeIssues(cause.issues, SHOWN),
      cause: new InvalidInput(cause),
    });
  return result;
});

/** 401 without a valid token, 403 when its role is too low; checked before the input is parsed. */
const requireRole = (role: TokenRole) =>
  t.middleware(({ ctx, next }) => {
    const { auth } = ctx;
    if (!auth)
      throw new TRPCError({
        code: 'UNAUTHORIZED',
        message: 'this needs an API token: send `authorization: Bearer hutong_…` (see `hutong token create`)',
      });
    if (!hasRole(auth, role))
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `this needs the ${role} role; the token "${auth.name}" is ${auth.role}`,
      });
    return next({ ctx: { auth } });
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Reads: anyone. */
export const publicProcedure = t.procedure.use(mapDomainErrors);
/** Edits of the ledger: an `editor` or `admin` token. */
export const editorProcedure = publicProcedure.use(requireRole('editor'));
/** Managing tokens: an `admin` token. */
export const adminProcedure = publicProcedure.use(requireRole('admin'));

/**
 * Reads of the ledger, live or "as recorded at" an instant: the input's optional `recordedAt` (merged
 * with the procedure's own input) picks the ledger, and `ctx.read` is it, so procedures never repeat
 * the pair. The meta flag tells admission to charge the fold.
 * @see https://trpc.io/docs/server/middlewares#context-extension
 */
export const ledgerProcedure = publicProcedure
  .meta({ recorded: true })
  .input(z.object({ recordedAt: RecordedAt.optional() }))
  .use(async ({ ctx, input, next }) => next({ ctx: { read: await ctx.ledgerAt(input.recordedAt) } }));
export { TRPCError };
