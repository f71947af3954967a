import { type Question, wallCells } from '@hutong/domain';
import { withRecords } from '@hutong/domain/plain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../trpc/trpc';
import { useActors } from '../actors/use-actors';
import type { WallView } from '../wall-map/wall-view';

const SURFACE = 'private-chat';
const CAPABILITY = 'link.open';

/**
 * The wall map's private-chat link grid on `at`, in the ledger and in the what-if: rows, columns and
 * the ledger's cells from `analysis.walls` (the same matrix the wall map shows), the what-if's cells
 * from one `analysis.whatIf` call asking every cell that is not an actor facing itself; shown are the
 * rows and columns with anything recorded on either side, so the two grids line up.
 */
export function useWhatIfWall(without: readonly string[], at: string) {
  const trpc = useTRPC();
  const { name } = useActors();
  const walls = useQuery({
    ...trpc.analysis.walls.queryOptions({
      at,
      surface: SURFACE,
      capability: CAPABILITY,
      columns: 'platforms',
    }),
    placeholderData: keepPreviousData,
  });
  const matrix = walls.data;
  const questions = useMemo((): Question[] => {
    if (!matrix) return [];
    const width = matrix.targets.length;
    return matrix.cells.flatMap((cell, i) =>
      cell.self
        ? []
        : [
            {
              host: matrix.hosts[Math.floor(i / width)]!.id,
              target: matrix.targets[i % width]!.id,
              surface: SURFACE,
              capability: CAPABILITY,
              at: matrix.question.at,
            },
          ],
    );
  }, [matrix]);
  const result = useQuery({
    ...trpc.analysis.whatIf.queryOptions({ without: [...without], questions }),
    enabled: questions.length > 0 && without.length > 0,
    placeholderData: keepPreviousData,
  });
  return useMemo(() => {
    const decisions = result.data?.decisions;
    if (!matrix || !decisions || decisions.length !== questions.length) return { query: result, views: null };
    const hosts = matrix.hosts.map((a) => a.id);
    const targets = matrix.targets.map((a) => a.id);
    const width = targets.length;
    const self = new Set(matrix.cells.flatMap((c, i) => (c.self ? [i] : [])));
    const isSelf = (host: string, target: string) =>
      self.has(hosts.indexOf(host) * width + targets.indexOf(target));
    const axis = ({ id, camp }: { id: string; camp: string }) => ({
      id,
      label: name(id),
      camp,
      campLabel: name(camp),
    });
    const rows = matrix.hosts.map(axis);
    const cols = matrix.targets.map(axis);
    const side = (pick: 'baseline' | 'counterfactual') =>
      wallCells(
        { hosts, targets },
        isSelf,
        decisions.map((d) => ({ ok: true as const, decision: d[pick] })),
      );
    const baseline: WallView = { rows, cols, cells: side('baseline') };
    const counterfactual: WallView = { rows, cols, cells: side('counterfactual') };
    const both = withRecords({
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
        (_, i) => keepRows.has(rows[Math.floor(i / width)]!.id) && keepCols.has(cols[i % width]!.id),
      ),
    });
    return {
      query: result,
      views: { baseline: shown(baseline), counterfactual: shown(counterfactual) },
    };
  }, [matrix, questions, result, name]);
}
