import { parseWords } from '../args';
import type { CommandContext } from '../command-context';
import { feedSpec } from '../spec/query-specs';
import { UsageError } from '../usage-error';
import { crossingFlags, surfaceNote } from './question-flags';

/** Where `pnpm start` serves the web app: what entries link to when the feed is built here. */
const DEFAULT_WEB = 'http://127.0.0.1:3000/';

/**
 * `hutong feed revisions | crossing … | actor ID`: the Atom document a server gives at `/feeds/…`,
 * fetched from the server in use, or built from the embedded store exactly as the server builds it.
 */
export async function feedCommand(args: string[], { open, io, out }: CommandContext) {
  const { path, base, noSurface } = feedAddress(args);
  if (noSurface) io.stderr(surfaceNote);
  const local = await open();
  try {
    if (local.remote) return void out.line(await fetchFeed(new URL(path, local.url)));
    const { renderFeed, FeedInputError } = await import('@hutong/server/feeds');
    const { ledger, store } = local.runtime;
    try {
      out.line(await renderFeed(ledger, store, new URL(path, base ?? DEFAULT_WEB)));
    } catch (err) {
      if (err instanceof FeedInputError) throw new UsageError(err.message);
      throw err;
    }
  } finally {
    await local.close();
  }
}

/** The feed's address (path and query) from the arguments. */
function feedAddress(args: string[]) {
  const parsed = parseWords(args, feedSpec.flags);
  const {
    positionals: [kind, id, ...extra],
    values,
  } = parsed;
  const base = values.base === undefined ? undefined : webBase(values.base);
  if (extra.length > 0) throw new UsageError(`feed takes at most one ID, not also "${extra.join(' ')}"`);
  switch (kind) {
    case 'revisions':
      if (id) throw new UsageError('feed revisions takes no ID');
      return { path: '/feeds/revisions.atom', base, noSurface: false };
    case 'actor':
      if (!id) throw new UsageError('feed actor needs an ID (hutong actors lists them)');
      return { path: `/feeds/actor/${encodeURIComponent(id)}.atom`, base, noSurface: false };
    case 'crossing': {
      if (id) throw new UsageError('feed crossing takes flags, not an ID');
      const crossing = crossingFlags(values);
      const query = new URLSearchParams(Object.entries(crossing));
      return { path: `/feeds/crossing.atom?${query}`, base, noSurface: values.surface === undefined };
    }
    default:
      throw new UsageError(
        `feed needs what to follow: ${feedSpec.words.join(', ')}${kind ? ` (not "${kind}")` : ''}`,
      );
  }
}

function webBase(text: string): URL {
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {}
  throw new UsageError(`--base: "${text}" is not an http(s) URL`);
}

/** The feed from a server; a refusal (unknown actor, bad flag) becomes a usage error with its message. */
async function fetchFeed(url: URL): Promise<string> {
  const res = await fetch(url);
  const body = await res.text();
  if (res.ok) return body;
  let message = `${res.status} ${res.statusText}`;
  try {
    message = (JSON.parse(body) as { error: { message: string } }).error.message;
  } catch {}
  if (res.status >= 400 && res.status < 500) throw new UsageError(message);
  throw new Error(`the server at ${url.origin} answered ${message}`);
}
