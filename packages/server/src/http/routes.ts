import { appRouter } from '@hutong/router';
import { forEachOpenApiProcedure } from 'trpc-to-openapi';
import { type FeedName, feedNameOf } from '../feeds/feed-request';

/** What a request path is, the methods it serves, and the procedures it would call. */
export type Route =
  | { kind: 'trpc'; allow: readonly string[]; procedures: string[]; batch: boolean }
  | { kind: 'rest'; allow: readonly string[]; procedure: string | null; mutation: boolean }
  | { kind: 'feed'; allow: readonly string[]; feed: FeedName | null }
  | { kind: 'page'; allow: readonly string[] };

interface RestPath {
  pattern: RegExp;
  /** Method → procedure path and whether it is a mutation. */
  methods: Map<string, { procedure: string; mutation: boolean }>;
}

const TRPC_METHODS = ['GET', 'POST'];
const PAGE_METHODS = ['GET', 'HEAD'];

/** The REST routes the router declares, matched as trpc-to-openapi matches them. */
function restPaths(): RestPath[] {
  const byPath = new Map<string, RestPath>();
  forEachOpenApiProcedure(appRouter._def.procedures, ({ path, type, meta }) => {
    const template = `/${meta.openapi.path.replace(/^\/|\/$/g, '')}`;
    const entry = byPath.get(template) ?? {
      pattern: new RegExp(`^${template.replace(/\{(.+?)\}/g, '[^/]+')}$`, 'i'),
      methods: new Map(),
    };
    entry.methods.set(meta.openapi.method, { procedure: path, mutation: type === 'mutation' });
    byPath.set(template, entry);
  });
  return [...byPath.values()];
}

/** Classifies requests by path; built once per server from the router. */
export function routeTable() {
  const rest = restPaths();
  return (method: string, path: string, search: URLSearchParams): Route => {
    if (path.startsWith('/trpc/')) {
      const batch = search.get('batch') === '1';
      const names = safeDecode(path.slice('/trpc/'.length));
      return { kind: 'trpc', allow: TRPC_METHODS, procedures: batch ? names.split(',') : [names], batch };
    }
    if (path.startsWith('/api/')) {
      const local = `/${path.slice('/api/'.length).replace(/\/$/, '')}`;
      const match = rest.find((r) => r.pattern.test(local));
      if (!match) return { kind: 'rest', allow: [...TRPC_METHODS], procedure: null, mutation: false };
      const served = match.methods.get(method);
      return {
        kind: 'rest',
        allow: [...match.methods.keys()],
        procedure: served?.procedure ?? null,
        mutation: served?.mutation ?? false,
      };
    }
    if (path.startsWith('/feeds/')) return { kind: 'feed', allow: PAGE_METHODS, feed: feedNameOf(path) };
    return { kind: 'page', allow: PAGE_METHODS };
  };
}

export type RouteTable = ReturnType<typeof routeTable>;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
