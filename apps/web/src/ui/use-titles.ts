import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocalized } from '../i18n/use-lang';
import { useTRPC } from '../trpc/trpc';

/** Where a titled record lives: its title and its page (regulations have none of their own). */
export interface Titled {
  title: string;
  href: string | null;
}

/**
 * Events, regulations and sources by id (a rule's `event#n` too), for the pages that only hold an
 * id: readers quote titles, so ids stay in URLs and tooltips. One cached read of each list.
 */
export function useTitles(): (id: string) => Titled {
  const trpc = useTRPC();
  const l = useLocalized();
  const events = useQuery({ ...trpc.events.list.queryOptions({ limit: 5000 }), staleTime: 300_000 });
  const regulations = useQuery({ ...trpc.regulations.list.queryOptions(), staleTime: 300_000 });
  const sources = useQuery({ ...trpc.sources.list.queryOptions(), staleTime: 300_000 });
  return useCallback(
    (ref: string) => {
      const id = ref.split('#')[0]!;
      const event = events.data?.items.find((i) => i.event.id === id)?.event;
      if (event) return { title: l(event.title), href: `/events/${encodeURIComponent(id)}` };
      const regulation = regulations.data?.find((r) => r.id === id);
      if (regulation) return { title: l(regulation.title), href: null };
      const source = sources.data?.find((s) => s.id === id);
      if (source) return { title: source.title, href: `/sources/${encodeURIComponent(id)}` };
      // Not loaded yet (or unknown): an ellipsis, not the id, until the title arrives.
      return { title: events.data && regulations.data && sources.data ? id : '…', href: null };
    },
    [events.data, regulations.data, sources.data, l],
  );
}
