import type { IncomingMessage, ServerResponse } from 'node:http';
import { directProcedure, errorShapeOf } from '@hutong/router';
import { getTRPCErrorFromUnknown } from '@trpc/server';
import { answerJson, manyAnswersJson } from './answer-json';
import { retryAfterOnBusy } from './busy';
import type { RequestContext } from './request-context';
import { sendJson, sendJsonText } from './send';

/** The REST routes services call thousands of times a second, and how each reads its input. */
const FAST: Record<string, (req: IncomingMessage, url: URL) => unknown> = {
  'decisions.decide': (_req, url) => Object.fromEntries(url.searchParams),
  // Admission has read and parsed the body (within the route's limit) and handed it on.
  'decisions.decideMany': (req) => (req as IncomingMessage & { body?: unknown }).body,
};

/**
 * The JSON text of a fast route's answer: a decision's parts are shared by every answer on its
 * timeline step, and so are decideMany's brief answers whole, so their text is reused
 * (answer-json.ts).
 */
export const answerText = (procedure: string, data: unknown): string =>
  procedure === 'decisions.decide'
    ? answerJson(data, 1)
    : manyAnswersJson(data as Parameters<typeof manyAnswersJson>[0]);

/** Whether `procedure` has the direct path. */
export const isFast = (procedure: string | null): procedure is string =>
  procedure !== null && procedure in FAST;

/**
 * REST `decide` and `decideMany` without the generic OpenAPI adapter's per-call WHATWG `Request`,
 * `AbortSignal` and response path: the procedure is called directly (`directProcedure`), so
 * input parsing, middleware, the cost already charged by admission, errors and their shape are the
 * same as on every other route; only the adapter's work is skipped.
 */
export function fastDecide(context: RequestContext) {
  const call = Object.fromEntries(Object.keys(FAST).map((p) => [p, directProcedure(p)]));
  return async (req: IncomingMessage, res: ServerResponse, procedure: string): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://hutong');
    try {
      const data = await call[procedure]!(await context(req, res, 0), FAST[procedure]!(req, url));
      sendJsonText(res, 200, answerText(procedure, data));
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`hutong api: ${procedure} failed`, error);
      const shape = errorShapeOf(error, procedure);
      // As the OpenAPI adapter answers: the shape, with the code by name.
      const body = { ...shape, code: error.code };
      sendJson(res, shape.data.httpStatus, body, retryAfterOnBusy([error]).headers ?? {});
    }
  };
}
