import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTRPC } from '../../trpc/trpc';
import { useActors } from '../actors/use-actors';
import { hideEmpty, type WallView } from '../wall-map/hide-empty';
import { lineage, wallAxes } from '../wall-map/wall-axes';
import { wallCells, wallQuestions } from '../wall-map/wall-matrix';

const SURFACE = 'private-chat';
const CAPABILITY = 'link.open';

/**
 * The wall map's private-chat link grid on `at`, in the ledger and in the what-if: the same rows and
 * columns (those with anything recorded on either side), from one `analysis.whatIf` call.
 */
export function useWhatIfWall(without: readonly string[], at: string) {
  const trpc = useTRPC();
  const { query: actorsQuery, byId, name } = useActors();
  const events = useQuery({ ...trpc.events.list.queryOptions({ limit: 5000 }), staleTime: 300_000 });
  const axes = useMemo(() => {
    if (!actorsQuery.data || !events.data) return null;
    const changes = events.data.items.flatMap((e) => (e.event.confidence === 'rumor' ? [] : e.event.changes));
    return wallAxes(actorsQuery.data, changes, 'platforms', CAPABILITY);
  }, [actorsQuery.data, events.data]);
  const isSelf = useCallback(
    (host: string, target: string) =>
      lineage(byId, host).includes(target) || lineage(byId, target).includes(host),
    [byId],
  );
  const questions = useMemo(
    () => (axes ? wallQuestions({ ...axes, surface: SURFACE, capability: CAPABILITY, at }, isSelf) : []),
    [axes, at, isSelf],
  );
  const result = useQuery({
    ...trpc.analysis.whatIf.queryOptions({ without: [...without], questions }),
    enabled: questions.length > 0 && without.length > 0,
    placeholderData: keepPreviousData,
  });
  return useMemo(() => {
    if (!axes || !result.data?.decisions) return { query: result, views: null };
    const axis = (id: string) => {
      const camp = lineage(byId, id).at(-1)!;
      return { id, label: name(id), camp, campLabel: name(camp) };
    };
    const rows = axes.hosts.map(axis);
    const cols = axes.targets.map(axis);
    const side = (pick: 'baseline' | 'counterfactual') =>
      wallCells(
        axes,
        isSelf,
        result.data.decisions!.map((d) => ({ ok: true as const, decision: d[pick] })),
      );
    const baseline: WallView = { rows, cols, cells: side('baseline') };
    const counterfactual: WallView = { rows, cols, cells: side('counterfactual') };
    // Keep a row or column when either side records anything in it, so the two grids line up.
    const both = hideEmpty({
      rows,
      cols,
      cells: baseline.cells.map((c, i) => (c.status === 'unknown' ? counterfactual.cells[i]! : c)),
    });
    const keepRows = new Set(both.rows.map((r) => r.id));
    const keepCols = new Set(both.cols.map((c) => c.id));
    const shown = (v: WallView): WallView => ({
      rows: both.rows,
      cols: both.cols,
      cells: v.cells.filter(
        (_, i) =>
          keepRows.has(rows[Math.floor(i / cols.length)]!.id) && keepCols.has(cols[i % cols.length]!.id),
      ),
    });
    const differing = result.data.decisions.filter(
      (d) => d.baseline.status !== d.counterfactual.status,
    ).length;
    return {
      query: result,
      views: { baseline: shown(baseline), counterfactual: shown(counterfactual), differing },
    };
  }, [axes, result, byId, name, isSelf]);
}
