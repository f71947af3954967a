import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-lang';
import { useTRPC } from '../../trpc/trpc';

/** Every actor, fetched once, with a name lookup in the current language (`*` reads "everyone"). */
export function useActors() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const l = useLocalized();
  const query = useQuery({ ...trpc.actors.list.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
  const byId = useMemo(() => new Map((query.data ?? []).map((a) => [a.id, a])), [query.data]);
  const name = useCallback(
    (id: string) => {
      if (id === '*') return t('state.everyone');
      const actor = byId.get(id);
      return actor ? l(actor.name) : id;
    },
    [byId, l, t],
  );
  const sorted = useMemo(
    () => [...(query.data ?? [])].sort((a, b) => name(a.id).localeCompare(name(b.id))),
    [query.data, name],
  );
  return { query, actors: sorted, byId, name };
}
