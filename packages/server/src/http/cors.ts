import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOW_HEADERS = 'authorization, content-type, last-event-id, trpc-accept, x-trpc-source';

/**
 * Adds the CORS headers for an allowed `Origin` (none are allowed by default). Returns true when
 * the request was a preflight, now answered.
 * @see https://fetch.spec.whatwg.org/#http-cors-protocol
 */
export function handleCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: '*' | readonly string[],
): boolean {
  const origin = req.headers.origin;
  const ok = origin !== undefined && (allowed === '*' || allowed.includes(origin));
  if (ok) {
    res.setHeader('access-control-allow-origin', allowed === '*' ? '*' : origin);
    if (allowed !== '*') res.setHeader('vary', 'Origin');
    res.setHeader('access-control-expose-headers', 'retry-after');
  }
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (!preflight) return false;
  if (ok) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOW_HEADERS);
    res.setHeader('access-control-max-age', '600');
  }
  // A refused preflight is still a well-formed answer: the browser sees no allow-origin and stops.
  res.writeHead(204).end();
  return true;
}
