import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { useTRPC } from '../../trpc/trpc';
import { useActors } from '../actors/use-actors';
import { lineage, wallAxes } from './wall-axes';
import { type WallCell, wallCells, wallQuestions } from './wall-matrix';
import type { WallSettings } from './wall-settings';

const EMPTY: WallCell[] = [];

/** Rows, columns and cells for the wall map on one date, keeping the last answer on screen while the next loads. */
export function useWallData(settings: WallSettings, at: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { query: actorsQuery, byId, name } = useActors();
  const events = useQuery({ ...trpc.events.list.queryOptions({ limit: 5000 }), staleTime: 300_000 });
  const axes = useMemo(() => {
    if (!actorsQuery.data || !events.data) return null;
    const changes = events.data.items.flatMap((e) => (e.event.confidence === 'rumor' ? [] : e.event.changes));
    return wallAxes(actorsQuery.data, changes, settings.axis, settings.capability);
  }, [actorsQuery.data, events.data, settings.axis, settings.capability]);
  const isSelf = useCallback(
    (host: string, target: string) =>
      lineage(byId, host).includes(target) || lineage(byId, target).includes(host),
    [byId],
  );
  const spec = useCallback(
    (date: string) =>
      axes
        ? wallQuestions(
            { ...axes, surface: settings.surface, capability: settings.capability, at: date },
            isSelf,
          )
        : [],
    [axes, settings.surface, settings.capability, isSelf],
  );
  const questions = useMemo(() => spec(at), [spec, at]);
  const matrix = useQuery({
    ...trpc.decisions.decideMany.queryOptions({ questions, detail: 'brief' }),
    enabled: questions.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
  // Previous answers stay on screen while a new date loads, but only while they fit the same rows and columns.
  const answeredFor = useRef<typeof axes>(null);
  if (matrix.data && !matrix.isPlaceholderData) answeredFor.current = axes;
  const fits = !matrix.isPlaceholderData || answeredFor.current === axes;
  const cells = useMemo(
    () => (axes && matrix.data && fits ? wallCells(axes, isSelf, matrix.data) : EMPTY),
    [axes, isSelf, matrix.data, fits],
  );
  const axis = useCallback(
    (id: string) => {
      const camp = lineage(byId, id).at(-1)!;
      return { id, label: name(id), camp, campLabel: name(camp) };
    },
    [byId, name],
  );
  const rows = useMemo(() => (axes?.hosts ?? []).map(axis), [axes, axis]);
  const cols = useMemo(() => (axes?.targets ?? []).map(axis), [axes, axis]);
  /** Warms the cache for a date the player is about to reach. */
  const prefetch = useCallback(
    (date: string) => {
      const next = spec(date);
      if (next.length)
        void queryClient.prefetchQuery({
          ...trpc.decisions.decideMany.queryOptions({ questions: next, detail: 'brief' }),
          staleTime: Number.POSITIVE_INFINITY,
        });
    },
    [spec, queryClient, trpc],
  );
  const ready = cells.length === rows.length * cols.length && cells.length > 0;
  return {
    rows,
    cols,
    cells: ready ? cells : EMPTY,
    ready,
    matrix,
    sources: [actorsQuery, events] as const,
    name,
    prefetch,
  };
}
