import type { FeedDocument } from './atom';
import { type FeedSource, latestRevisions } from './feed-source';
import { revisionEntry } from './revision-entry';
import { webPages } from './web-pages';

/** How many revisions the feed carries, newest first. */
export const REVISIONS_IN_FEED = 50;

/** The ledger's latest revisions: who changed what, why and when. */
export async function revisionsFeed(src: FeedSource, self: URL): Promise<FeedDocument> {
  const revisions = await latestRevisions(src, REVISIONS_IN_FEED);
  return {
    id: 'urn:hutong:feed:revisions',
    title: 'hutong 互通 — ledger revisions',
    subtitle: `The latest ${REVISIONS_IN_FEED} edits of the ledger, newest first`,
    updated: src.headAt ?? new Date(0),
    self: self.href,
    alternate: new URL(webPages.timeline(), src.base).href,
    entries: revisions.map((r) => revisionEntry(r, src.base)),
  };
}
