import type { QueryClient } from '@tanstack/react-query';
import type { useTRPC } from './trpc';

type Trpc = ReturnType<typeof useTRPC>;

/**
 * Marks every read of the folded ledger stale: a revision of any entity can change events, decisions,
 * analysis and actor pages alike. Views on screen refetch (keeping what they show until the answer
 * comes); the rest refetch when next shown.
 */
export function invalidateLedgerReads(queryClient: QueryClient, trpc: Trpc): Promise<void> {
  const routers = [
    trpc.events,
    trpc.decisions,
    trpc.analysis,
    trpc.actors,
    trpc.ledger,
    trpc.figures,
    trpc.regulations,
    trpc.sources,
    trpc.revisions,
  ];
  return Promise.all(routers.map((r) => queryClient.invalidateQueries({ queryKey: r.pathKey() }))).then(
    () => undefined,
  );
}
