import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * The client's address: the socket's peer, or with `trustedProxies` > 0 the address that many hops
 * back along `X-Forwarded-For` (each trusted proxy appends the address it saw). Entries beyond the
 * trusted hops are the client's own word, so they are never used.
 * @see https://github.com/jshttp/proxy-addr
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  if (trustedProxies === 0) return req.socket.remoteAddress ?? 'unknown';
  return proxyAddr(req, (_addr, hop) => hop < trustedProxies);
}
