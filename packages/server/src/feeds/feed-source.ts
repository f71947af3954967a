import type { LedgerIndex, Revision } from '@hutong/domain';
import type { Store } from '@hutong/store';

/** What a feed is built from: the folded ledger at the store's head, the log, and the server's address. */
export interface FeedSource {
  index: LedgerIndex;
  store: Pick<Store, 'revisions'>;
  /** The head revision the index reflects, and when it was recorded (0 and null for an empty log). */
  head: number;
  headAt: Date | null;
  /** The server's base URL as the client reached it: feed links are absolute. */
  base: URL;
}

/** The last `count` revisions, newest first (revision numbers are gapless, so no scan is needed). */
export async function latestRevisions(src: FeedSource, count: number): Promise<Revision[]> {
  if (src.head === 0) return [];
  const after = Math.max(0, src.head - count);
  const page = await src.store.revisions({ after, limit: src.head - after });
  return page.reverse();
}
