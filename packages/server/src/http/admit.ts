import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Auth, CALL, type FoldedLedger, procedureFacts } from '@hutong/router';
import type { Tokens } from '@hutong/store';
import { authOf } from './bearer';
import type { RateLimiter } from './rate-limit';
import { readInput } from './read-input';
import {
  batchCapMessage,
  batchCapped,
  type Charge,
  callCharge,
  capMessage,
  feedCost,
  trpcInputs,
} from './request-cost';
import type { Route, RouteTable } from './routes';
import { sendError } from './send';
import type { HttpSettings } from './settings';
import type { StreamSlots } from './stream-slots';

export interface Gate {
  settings: HttpSettings;
  routes: RouteTable;
  perAddress: RateLimiter;
  perToken: RateLimiter;
  tokens: Tokens | undefined;
  /** Open event streams, per address and in all. */
  streams: StreamSlots;
  /** The live ledger, which sizes company and `*` questions and replays for their price. */
  ledger: FoldedLedger;
  /** The caller's address, as `settings.trustProxy` says to read it. */
  address: (req: IncomingMessage) => string;
}

/** What admission learned about a request that the handlers reuse: its caller, read once. */
export const admitted = new WeakMap<IncomingMessage, { auth: Auth | null }>();

/**
 * Everything checked before a request reaches tRPC or REST, cheapest first: the method (405 with
 * `Allow`), the declared size (413), the batch's length (400), whether the caller can afford even the
 * calls' base cost (429, body unread), the body's size and nesting (413, 400), each call's caps and the caps a batch's
 * calls share (400), then the full cost against the caller's budget (429 with `Retry-After`, the budget drained). Returns the route, or null
 * when answered. A body read here is handed on as `req.body`, which both adapters take as read.
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
  const allow = route.allow.join(', ');
  if (!route.allow.includes(method) && method !== 'OPTIONS')
    return refuse(405, 'METHOD_NOT_SUPPORTED', `${method} is not served here; use ${allow}`, { allow });
  const procedures =
    route.kind === 'trpc' ? route.procedures : route.kind === 'rest' ? [route.procedure] : [];
  const bulk = procedures.length > 0 && procedures.every((p) => p && procedureFacts.get(p)?.bulk);
  const limit = bulk ? settings.decideManyBodyLimit : settings.bodyLimit;
  const length = Number(req.headers['content-length'] ?? 0);
  // Refused unread; closing the connection spares reading the rest of the body.
  const close = { connection: 'close' };
  if (length > limit)
    return refuse(
      413,
      'PAYLOAD_TOO_LARGE',
      `the request body is ${length} bytes; the limit is ${limit}`,
      close,
    );
  if (route.kind === 'trpc' && route.batch && route.procedures.length > settings.maxBatchSize)
    return refuse(
      400,
      'BAD_REQUEST',
      `this batch has ${route.procedures.length} calls; at most ${settings.maxBatchSize} in one batch (HUTONG_MAX_BATCH)`,
      close,
    );

  const auth = await authOf(req, gate.tokens);
  admitted.set(req, { auth });
  const [bucket, key, budget] = auth
    ? [gate.perToken, auth.tokenId, `the token "${auth.name}" has ${settings.tokenBudget}`]
    : [gate.perAddress, gate.address(req), `one address has ${settings.addressBudget}`];
  const tooMany = (cost: number, wait: number) =>
    refuse(
      429,
      'TOO_MANY_REQUESTS',
      `this request costs ${cost === 0 ? 'more' : cost} work units and ${budget} a minute; retry in ${wait} s`,
      { 'retry-after': String(wait), ...close },
    );
  const floor = CALL * Math.max(1, procedures.length);
  const broke = bucket.afford(key, floor);
  if (broke > 0) return tooMany(0, broke);

  const read = await readInput(req, {
    limit,
    depth: settings.jsonDepth,
    query: route.kind === 'trpc' ? url.searchParams.get('input') : null,
  });
  if (!read.ok)
    return refuse(
      read.status,
      read.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
      read.message,
      close,
    );
  const charges = chargesOf(route, read.input, url.searchParams, req, gate.ledger);
  const capped = charges.find((c) => c.capped)?.capped;
  if (capped) return refuse(400, 'BAD_REQUEST', capMessage(capped), close);
  const batchOver = route.kind === 'trpc' && route.batch ? batchCapped(charges) : null;
  if (batchOver) return refuse(400, 'BAD_REQUEST', batchCapMessage(charges.length, batchOver), close);
  const cost = charges.reduce((sum, c) => sum + c.price, 0);
  const wait = bucket.take(key, cost, { drain: true });
  if (wait > 0) return tooMany(cost, wait);
  if (streams(route)) {
    const slot = gate.streams.take(gate.address(req));
    if (slot === 'key-full')
      return refuse(
        429,
        'TOO_MANY_REQUESTS',
        `one address may hold ${gate.streams.perKey} event streams open; close one first`,
        { 'retry-after': '5', ...close },
      );
    if (slot === 'full')
      return refuse(
        503,
        'SERVICE_UNAVAILABLE',
        'the server holds all the event streams it can; retry shortly',
        {
          'retry-after': '5',
          ...close,
        },
      );
    res.once('close', slot);
  }
  if (read.text !== undefined) Object.assign(req, { body: route.kind === 'rest' ? read.input : read.text });
  return route;
}

const streams = (route: Route) =>
  route.kind === 'trpc' && route.procedures.some((p) => procedureFacts.get(p)?.type === 'subscription');

function chargesOf(
  route: Route,
  input: unknown,
  search: URLSearchParams,
  req: IncomingMessage,
  ledger: FoldedLedger,
): Charge[] {
  if (route.kind === 'page') return [{ price: CALL, capped: null }];
  if (route.kind === 'feed') return [{ price: feedCost(route.feed), capped: null }];
  if (route.kind === 'rest') {
    const query = Object.fromEntries(search);
    const merged = typeof input === 'object' && input !== null ? { ...query, ...input } : query;
    return [callCharge(route.procedure ?? '', merged, ledger)];
  }
  const inputs = trpcInputs(route.procedures, route.batch, input);
  // A subscription resumes from the `Last-Event-ID` header as tRPC does (or `?lastEventId=`), replays priced.
  const resumed = req.headers['last-event-id'] ?? search.get('lastEventId') ?? undefined;
  return route.procedures.map((p, i) => {
    const own = inputs[i];
    const withResume =
      resumed !== undefined && (typeof own === 'object' || own === undefined)
        ? { lastEventId: resumed, ...(own ?? {}) }
        : own;
    return callCharge(p, withResume, ledger);
  });
}
