import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useRef, useState } from 'react';
import { invalidateLedgerReads } from '../trpc/invalidate-ledger';
import { useTRPC } from '../trpc/trpc';

/** A burst of revisions (a batch of edits) refetches once, this long after its last revision. */
const SETTLE_MS = 150;

/**
 * Follows `revisions.onAppend` for the whole app: each revision recorded anywhere marks the ledger's
 * reads stale, so what is on screen refetches. It starts after the revision the first reads saw
 * (`ledger.stats`), so one landing while the page loads is not missed; after that the SSE link
 * reconnects by itself, resuming after the last event id it saw.
 * Returns the latest revision seen, for the "updated" indicator.
 */
export function useLiveRevisions(): number | null {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const stats = useQuery(trpc.ledger.stats.queryOptions());
  // The first revision only: a later one would restart the feed at every update.
  const [from, setFrom] = useState<number | null>(null);
  if (from === null && stats.data) setFrom(stats.data.revision);
  const [latest, setLatest] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useSubscription(
    trpc.revisions.onAppend.subscriptionOptions(from === null ? skipToken : { lastEventId: String(from) }, {
      onData: ({ data }) => {
        setLatest((seen) => Math.max(seen ?? 0, data.revision));
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void invalidateLedgerReads(queryClient, trpc), SETTLE_MS);
      },
    }),
  );
  return latest;
}
