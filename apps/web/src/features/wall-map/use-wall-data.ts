import type { WallAxis, WallCell } from '@hutong/domain';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTRPC } from '../../trpc/trpc';
import { useActors } from '../actors/use-actors';
import type { WallSettings } from './wall-settings';

const EMPTY: WallCell[] = [];
const NONE: WallAxis[] = [];

/**
 * Rows, columns and cells for the wall map on one date, from the server's `analysis.walls`; the
 * last answer stays on screen while the next date loads, as long as it has the same settings.
 */
export function useWallData(settings: WallSettings, at: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { query: actorsQuery, name } = useActors();
  const { capability, surface, axis } = settings;
  const input = useCallback(
    (date: string) => ({ at: date, capability, surface, columns: axis }),
    [capability, surface, axis],
  );
  const matrix = useQuery({
    ...trpc.analysis.walls.queryOptions(input(at)),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
  // The last answer stays on screen while a new date loads, but only while it has the same settings.
  const q = matrix.data?.question;
  const fits = q?.capability === capability && q.surface === surface && q.columns === axis;
  const walls = fits ? matrix.data : undefined;
  const label = useCallback(
    ({ id, camp }: WallAxis) => ({ id, label: name(id), camp, campLabel: name(camp) }),
    [name],
  );
  const rows = useMemo(() => (walls?.hosts ?? NONE).map(label), [walls, label]);
  const cols = useMemo(() => (walls?.targets ?? NONE).map(label), [walls, label]);
  /** Warms the cache for a date the player is about to reach. */
  const prefetch = useCallback(
    (date: string) => {
      void queryClient.prefetchQuery({
        ...trpc.analysis.walls.queryOptions(input(date)),
        staleTime: Number.POSITIVE_INFINITY,
      });
    },
    [input, queryClient, trpc],
  );
  const cells = walls?.cells ?? EMPTY;
  // Labels need the actors' names: until they load, the map waits rather than showing bare ids.
  const ready = Boolean(actorsQuery.data) && cells.length === rows.length * cols.length && cells.length > 0;
  return {
    rows,
    cols,
    cells: ready ? cells : EMPTY,
    ready,
    matrix,
    sources: [actorsQuery] as const,
    name,
    prefetch,
  };
}
