import type { Revision } from '@hutong/domain';
import type { Store } from '@hutong/store';
import { tracked } from '@trpc/server';

const PAGE = 1_000;

/**
 * The revisions after `lastEventId` (or, without one, after the head when the feed starts), each
 * once and in order, then every new one as it lands. It subscribes before it backfills, so a
 * revision landing in between is queued rather than lost, and skips what it already sent: a client
 * that reconnects with its last id misses none and gets none twice.
 * @see https://trpc.io/docs/server/subscriptions#tracked
 */
export async function* revisionFeed(
  store: Pick<Store, 'subscribe' | 'revisions' | 'head'>,
  lastEventId: string | undefined,
  signal: AbortSignal | undefined,
) {
  const queue: Revision[] = [];
  let wake: (() => void) | null = null;
  const unsubscribe = store.subscribe((rev) => {
    queue.push(rev);
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  try {
    let cursor = lastEventId === undefined ? await store.head() : Number(lastEventId);
    if (lastEventId !== undefined)
      for (;;) {
        const page = await store.revisions({ after: cursor, limit: PAGE });
        for (const rev of page) {
          cursor = rev.revision;
          yield tracked(String(rev.revision), rev);
        }
        if (page.length < PAGE) break;
      }
    while (!signal?.aborted) {
      const rev = queue.shift();
      if (!rev) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (signal?.aborted) resolve();
        });
        wake = null;
        continue;
      }
      if (rev.revision <= cursor) continue;
      cursor = rev.revision;
      yield tracked(String(rev.revision), rev);
    }
  } finally {
    unsubscribe();
    signal?.removeEventListener('abort', onAbort);
  }
}
