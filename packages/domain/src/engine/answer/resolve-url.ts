import { parse } from 'tldts';
import { DomainError } from '../../errors';
import type { LedgerIndex } from '../fold/fold';

export interface ResolvedUrl {
  url: string;
  hostname: string;
  /** The listed web host that matched (the URL's host or a parent of it). */
  matchedHost: string;
  actor: string;
}

/**
 * Finds the actor a link belongs to: the most specific listed web host that equals the URL's host or
 * is a parent of it, never climbing past the registrable domain (so `com` or `com.cn` never match).
 */
export function resolveUrl(index: Pick<LedgerIndex, 'webHosts'>, url: string): ResolvedUrl | null {
  const parsed = parse(url.trim());
  const hostname = parsed.hostname?.toLowerCase();
  if (!hostname || (!parsed.isIp && !hostname.includes('.') && hostname !== 'localhost'))
    throw new DomainError('invalid', `"${url}" has no web host to resolve`, 'url');
  const stop = parsed.domain ?? hostname;
  let candidate = hostname;
  for (;;) {
    const actor = index.webHosts.get(candidate);
    if (actor) return { url, hostname, matchedHost: candidate, actor };
    if (candidate === stop || parsed.isIp) return null;
    const dot = candidate.indexOf('.');
    if (dot < 0) return null;
    candidate = candidate.slice(dot + 1);
  }
}
