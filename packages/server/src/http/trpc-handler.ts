import type { IncomingMessage, ServerResponse } from 'node:http';
import { appRouter, directProcedure, errorShapeOf } from '@hutong/router';
import { getTRPCErrorFromUnknown, type TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { retryAfterOnBusy } from './busy';
import { answerText } from './fast-decide';
import type { RequestContext } from './request-context';
import type { Route } from './routes';
import type { HttpSettings } from './settings';

/** The tRPC calls services make thousands of times a second, answered without the generic adapter. */
const DIRECT: Record<string, ReturnType<typeof directProcedure>> = {
  'decisions.decide': directProcedure('decisions.decide'),
  'decisions.decideMany': directProcedure('decisions.decideMany'),
};

/** What tRPC's adapter sends with every JSON answer; the direct path sends the same. */
const JSON_HEADERS = { 'content-type': 'application/json', vary: 'trpc-accept, accept' };

/**
 * `/trpc`: the typed client and plain HTTP JSON.
 * @see https://trpc.io/docs/server/adapters/standalone
 */
export function trpcHandler(context: RequestContext, settings: HttpSettings) {
  const onError = ({ error, path }: { error: TRPCError; path: string | undefined }) => {
    // Expected failures (4xx) are the caller's to read; only our own faults are logged.
    if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`hutong api: ${path ?? '?'} failed`, error);
  };
  const adapter = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    allowMethodOverride: true,
    // Admission already refused longer batches and bodies; these are the adapter's own guards too.
    maxBatchSize: settings.maxBatchSize,
    maxBodySize: settings.decideManyBodyLimit,
    createContext: ({ req, res, info }) =>
      context(req, res, info.calls.filter((c) => c.procedure?._def.type === 'mutation').length),
    responseMeta: ({ errors }) => retryAfterOnBusy(errors),
    onError,
  });

  /**
   * A single, unbatched `decide` or `decideMany` (GET `?input=`, or POST with a JSON body) called
   * directly (`directProcedure`): the adapter builds a WHATWG `Request`, `AbortSignal`s and a `Response` stream per
   * call, a third of a `decide` call's time in the profile. Input parsing, middleware, output handling
   * and the error shape are the procedure's own, as through the adapter; admission has run before
   * either. Batches, streaming (`trpc-accept`) and other content types stay with the adapter.
   */
  const direct = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    try {
      const data = await DIRECT[path]!(await context(req, res, 0), inputOf(req));
      send(res, 200, `{"result":{"data":${answerText(path, data)}}}`, JSON_HEADERS);
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      onError({ error, path });
      const shape = errorShapeOf(error, path);
      send(res, shape.data.httpStatus, JSON.stringify({ error: shape }), {
        ...JSON_HEADERS,
        ...retryAfterOnBusy([error]).headers,
      });
    }
  };

  return (req: IncomingMessage, res: ServerResponse, route: Extract<Route, { kind: 'trpc' }>) => {
    const path = route.procedures[0]!;
    return directly(req, route) ? direct(req, res, path) : adapter(req, res);
  };
}

/** Whether the call is one the direct path answers exactly as the adapter would. */
function directly(req: IncomingMessage, route: Extract<Route, { kind: 'trpc' }>): boolean {
  if (route.batch || route.procedures.length !== 1 || !(route.procedures[0]! in DIRECT)) return false;
  if (req.headers['trpc-accept'] !== undefined) return false;
  if (req.method === 'GET') return true;
  const type = req.headers['content-type'];
  // The adapter reads a body without a content type, or with JSON's, as JSON; others have own handlers.
  return req.method === 'POST' && (type === undefined || type.startsWith('application/json'));
}

/** The call's input as the adapter reads it: `?input=` or the body admission read, parsed as JSON. */
function inputOf(req: IncomingMessage): unknown {
  // Admission has refused input that is not JSON, too large or too deeply nested.
  const body = (req as IncomingMessage & { body?: string }).body;
  const text =
    req.method === 'POST'
      ? body
      : (new URL(req.url ?? '/', 'http://hutong').searchParams.get('input') ?? undefined);
  return text === undefined || text === '' ? undefined : JSON.parse(text);
}

function send(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
