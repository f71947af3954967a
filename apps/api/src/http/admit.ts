import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Auth } from '@hutong/api';
import type { Tokens } from '@hutong/store';
import getRawBody from 'raw-body';
import { authOf } from './bearer';
import { clientAddress } from './client-address';
import { nestsDeeperThan } from './json-depth';
import type { RateLimiter } from './rate-limit';
import { COST, callCost, trpcInputs } from './request-cost';
import type { Route, RouteTable } from './routes';
import { sendError } from './send';
import type { HttpSettings } from './settings';

export interface Gate {
  settings: HttpSettings;
  routes: RouteTable;
  perAddress: RateLimiter;
  perToken: RateLimiter;
  tokens: Tokens | undefined;
}

/** What admission learned about a request that the handlers reuse: its caller, read once. */
export const admitted = new WeakMap<IncomingMessage, { auth: Auth | null }>();

const MANY = new Set(['decisions.decideMany']);

/**
 * Everything checked before a request reaches tRPC or REST, cheapest first: the method (405 with
 * `Allow`), the body's size (413) and nesting (400), the batch size (400), then the request's cost
 * against its caller's budget (429 with `Retry-After`). Returns the route, or null when answered.
 * A body read here is handed on as `req.body`, which both adapters take instead of reading again.
 */
export async function admit(req: IncomingMessage, res: ServerResponse, gate: Gate): Promise<Route | null> {
  const { settings } = gate;
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://hutong');
  const route = gate.routes(method, url.pathname, url.searchParams);
  const refuse = (status: number, code: string, message: string, headers: Record<string, string> = {}) => {
    sendError(res, status, code, message, headers);
    return null;
  };
  if (!route.allow.includes(method) && method !== 'OPTIONS')
    return refuse(
      405,
      'METHOD_NOT_SUPPORTED',
      `${method} is not served here; use ${route.allow.join(' or ')}`,
      {
        allow: route.allow.join(', '),
      },
    );
  const procedures =
    route.kind === 'trpc' ? route.procedures : route.kind === 'rest' ? [route.procedure] : [];
  const limit =
    procedures.length > 0 && procedures.every((p) => p && MANY.has(p))
      ? settings.decideManyBodyLimit
      : settings.bodyLimit;
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > limit)
    // Refused unread; closing the connection spares reading the rest of the body.
    return refuse(413, 'PAYLOAD_TOO_LARGE', `the request body is ${length} bytes; the limit is ${limit}`, {
      connection: 'close',
    });
  if (route.kind === 'trpc' && route.batch && route.procedures.length > settings.maxBatchSize)
    return refuse(400, 'BAD_REQUEST', `at most ${settings.maxBatchSize} calls in one batch`);

  let text: string | undefined;
  if (route.kind !== 'page' && method === 'POST') {
    try {
      text = await getRawBody(req, { limit, encoding: 'utf8' });
    } catch (err) {
      const tooLarge = (err as { type?: string }).type === 'entity.too.large';
      return tooLarge
        ? refuse(413, 'PAYLOAD_TOO_LARGE', `the request body is over the limit, which is ${limit} bytes`, {
            connection: 'close',
          })
        : refuse(400, 'BAD_REQUEST', 'the request body could not be read');
    }
  }
  const raw = text ?? (route.kind === 'trpc' ? url.searchParams.get('input') : null) ?? undefined;
  if (raw !== undefined && nestsDeeperThan(raw, settings.jsonDepth))
    return refuse(400, 'BAD_REQUEST', `JSON nested deeper than ${settings.jsonDepth} levels is refused`);
  let input: unknown;
  try {
    input = raw === undefined || raw === '' ? undefined : JSON.parse(raw);
  } catch (err) {
    return refuse(
      400,
      'PARSE_ERROR',
      `the ${text === undefined ? '`input` parameter' : 'body'} is not JSON: ${(err as Error).message}`,
    );
  }

  const auth = await authOf(req, gate.tokens);
  admitted.set(req, { auth });
  const cost = costOf(route, input, url.searchParams);
  const wait = auth
    ? gate.perToken.take(auth.tokenId, cost)
    : gate.perAddress.take(clientAddress(req, settings.trustProxy), cost);
  if (wait > 0) {
    const budget = auth
      ? `the token "${auth.name}" has ${settings.tokenBudget}`
      : `one address has ${settings.addressBudget}`;
    return refuse(
      429,
      'TOO_MANY_REQUESTS',
      `this request costs ${cost} work units and ${budget} a minute; retry in ${wait} s`,
      {
        'retry-after': String(wait),
      },
    );
  }
  if (text !== undefined) Object.assign(req, { body: route.kind === 'rest' ? input : text });
  return route;
}

function costOf(route: Route, input: unknown, search: URLSearchParams): number {
  if (route.kind === 'page') return COST.call;
  if (route.kind === 'rest') {
    const query = Object.fromEntries(search);
    const merged = typeof input === 'object' && input !== null ? { ...query, ...input } : query;
    return callCost(route.procedure ?? '', merged);
  }
  const inputs = trpcInputs(route.procedures, route.batch, input);
  return route.procedures.reduce((sum, p, i) => sum + callCost(p, inputs[i]), 0);
}
