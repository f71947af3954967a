import type { FoldedLedger } from '@hutong/router';
import type { Store } from '@hutong/store';
import { actorFeed } from './actor-feed';
import { atom } from './atom';
import { crossingFeed } from './crossing-feed';
import { actorOf, crossingOf, FeedInputError, type FeedName, feedNameOf } from './feed-request';
import type { FeedSource } from './feed-source';
import { revisionsFeed } from './revisions-feed';

export { FeedInputError } from './feed-request';

/** Reads the request's input (throwing `FeedInputError`) and returns what builds its feed. */
export function feedBuilder(name: FeedName, index: FeedSource['index'], url: URL) {
  const self = new URL(url.pathname + url.search, url);
  switch (name) {
    case 'revisions':
      return (src: FeedSource) => revisionsFeed(src, self);
    case 'crossing': {
      const crossing = crossingOf(index, url.searchParams);
      return (src: FeedSource) => crossingFeed(src, crossing, self);
    }
    case 'actor': {
      const actor = actorOf(index, url.pathname);
      return (src: FeedSource) => actorFeed(src, actor, self);
    }
  }
}

/** When revision `head` was recorded (null for an empty log): the feed's `updated`. */
export async function recordedAtOf(store: Pick<Store, 'revisions'>, head: number): Promise<Date | null> {
  const [last] = head > 0 ? await store.revisions({ after: head - 1, limit: 1 }) : [];
  return last ? new Date(last.recordedAt) : null;
}

/**
 * The Atom document at `url` (a `/feeds/…` address; its origin is where entries link to) on `ledger`
 * and its log, exactly as the server builds it — for `hutong feed` on the embedded store.
 */
export async function renderFeed(
  ledger: FoldedLedger,
  store: Pick<Store, 'revisions'>,
  url: URL,
): Promise<string> {
  const name = feedNameOf(url.pathname);
  if (!name) throw new FeedInputError(404, `no feed at ${url.pathname}`, null);
  const { index, revision: head } = ledger;
  const build = feedBuilder(name, index, url);
  return atom(
    await build({ index, store, head, headAt: await recordedAtOf(store, head), base: new URL('/', url) }),
  );
}
