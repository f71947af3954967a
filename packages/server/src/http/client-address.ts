import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * Which reverse proxies' `X-Forwarded-For` entries to believe: a count of hops, or the proxies'
 * addresses and subnets (`10.0.0.0/8`, `loopback`, as proxy-addr names them).
 */
export type TrustProxy = number | readonly string[];

/**
 * The client's address: the socket's peer, or the address the trusted proxies saw. By count, the
 * entry that many hops back along `X-Forwarded-For` (each trusted proxy appends the address it saw);
 * by address, the first hop from the right that is not a named proxy, so a client reaching the server
 * directly is its own peer whatever header it sends. Entries beyond the trusted hops are never used.
 * @see https://github.com/jshttp/proxy-addr
 */
export function clientAddressOf(trust: TrustProxy): (req: IncomingMessage) => string {
  if (trust === 0) return (req) => req.socket.remoteAddress ?? 'unknown';
  if (typeof trust === 'number') return (req) => proxyAddr(req, (_addr, hop) => hop < trust);
  const trusted = proxyAddr.compile([...trust]);
  return (req) => proxyAddr(req, trusted);
}

/** Whether the socket's peer is a proxy whose forwarded headers (host, proto) are believed. */
export function fromTrustedProxy(req: IncomingMessage, trust: TrustProxy): boolean {
  if (typeof trust === 'number') return trust > 0;
  const peer = req.socket.remoteAddress;
  return peer !== undefined && proxyAddr.compile([...trust])(peer, 0);
}
