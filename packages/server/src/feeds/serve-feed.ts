import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FoldedLedger } from '@hutong/router';
import type { Store } from '@hutong/store';
import { fromTrustedProxy, type TrustProxy } from '../http/client-address';
import { sendError, sendJson } from '../http/send';
import { atom, type FeedDocument } from './atom';
import { FeedInputError, feedNameOf } from './feed-request';
import type { FeedSource } from './feed-source';
import { feedBuilder, recordedAtOf } from './render-feed';

export interface FeedDeps {
  ledger: FoldedLedger;
  live?: { store: Store; catchUp(upTo: number): Promise<void> };
  /** Reverse proxies trusted for `X-Forwarded-Proto` and `-Host` (as for the client address). */
  trustProxy: TrustProxy;
}

const ATOM = 'application/atom+xml; charset=utf-8';

/**
 * `/feeds/revisions.atom`, `/feeds/crossing.atom?…` and `/feeds/actor/ID.atom`. The ETag is the head
 * revision with the request's address, so an unchanged ledger answers `If-None-Match` with 304 before
 * any feed is built; every edit changes it.
 */
export function feedHandler(deps: FeedDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const base = baseUrl(req, deps.trustProxy);
    const url = new URL(req.url ?? '/', base);
    const name = feedNameOf(url.pathname);
    if (!name)
      return refuse(res, new FeedInputError(404, `no feed at ${url.pathname}; the feeds are ${FEEDS}`, null));
    if (!deps.live)
      return sendError(res, 412, 'PRECONDITION_FAILED', 'this hutong has no revision log to feed from');
    const { store } = deps.live;
    await deps.live.catchUp(await store.head());
    const { index, revision: head } = deps.ledger;
    let build: (src: FeedSource) => FeedDocument | Promise<FeedDocument>;
    try {
      build = feedBuilder(name, index, url);
    } catch (err) {
      if (err instanceof FeedInputError) return refuse(res, err);
      throw err;
    }
    const etag = `"r${head}-${createHash('sha256').update(url.href).digest('base64url').slice(0, 16)}"`;
    const headers = { etag, 'cache-control': 'no-cache', vary: 'Host, X-Forwarded-Host, X-Forwarded-Proto' };
    if (matches(req.headers['if-none-match'], etag)) return void res.writeHead(304, headers).end();
    const doc = await build({ index, store, head, headAt: await recordedAtOf(store, head), base });
    const body = atom(doc);
    res.writeHead(200, { ...headers, 'content-type': ATOM, 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

const FEEDS =
  '/feeds/revisions.atom, /feeds/crossing.atom?host=…&surface=…&capability=…&target=…, /feeds/actor/ID.atom';

/** The address the client used, so links in the feed are absolute and lead back here. */
function baseUrl(req: IncomingMessage, trustProxy: TrustProxy): URL {
  const trusted = fromTrustedProxy(req, trustProxy);
  const forwarded = (name: string) =>
    trusted
      ? String(req.headers[name] ?? '')
          .split(',')[0]!
          .trim() || null
      : null;
  const proto = forwarded('x-forwarded-proto') === 'https' ? 'https' : 'http';
  const host = forwarded('x-forwarded-host') ?? req.headers.host ?? '127.0.0.1';
  try {
    return new URL(`${proto}://${host}/`);
  } catch {
    return new URL('http://127.0.0.1/');
  }
}

/** Whether `If-None-Match` names this ETag (weak comparison, as RFC 9110 §13.1.2 asks for GET). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

function refuse(res: ServerResponse, err: FeedInputError): void {
  const code = err.status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
  sendJson(res, err.status, {
    error: {
      message: err.message,
      code: -32_600,
      data: { code, httpStatus: err.status, field: err.field, suggestions: [...err.suggestions] },
    },
  });
}
