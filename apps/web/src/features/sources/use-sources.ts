import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../trpc/trpc';
import { sourceNumber } from './source-citations';

/** The ledger's sources, by id and by their curators' number. */
export function useSources() {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.sources.list.queryOptions(), staleTime: 300_000 });
  const byNumber = useMemo(
    () =>
      new Map(
        (query.data ?? []).flatMap((s) => {
          const n = sourceNumber(s);
          return n ? [[n, s] as const] : [];
        }),
      ),
    [query.data],
  );
  return { query, byNumber };
}
