import { LEDGER_EPOCH } from '@hutong/domain';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc/trpc';

/**
 * The date of the ledger's first event (September 2008 in the curated ledger), from the same event
 * list the timeline loads, so charts span the whole record; LEDGER_EPOCH until it arrives.
 */
export function useLedgerStart(): string {
  const trpc = useTRPC();
  const all = useQuery({ ...trpc.events.list.queryOptions({ limit: 5000 }), staleTime: 300_000 });
  return (
    all.data?.items.reduce<string | null>(
      (first, { event }) => (first === null || event.date < first ? event.date : first),
      null,
    ) ?? LEDGER_EPOCH
  );
}
