import { wallWhatIf, wallWhatIfQuestions } from '@hutong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../trpc/trpc';
import { useActors } from '../actors/use-actors';
import type { WallView } from '../wall-map/wall-view';

const SURFACE = 'private-chat';
const CAPABILITY = 'link.open';

/**
 * The wall map's private-chat link grid on `at`, in the ledger and in the what-if: the matrix from
 * `analysis.walls` (the same the wall map shows), one `analysis.whatIf` call asking the domain's
 * questions of it, and the domain laying both sides on the rows and columns recorded on either side.
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
  const questions = useMemo(() => (matrix ? wallWhatIfQuestions(matrix) : []), [matrix]);
  const result = useQuery({
    ...trpc.analysis.whatIf.queryOptions({ without: [...without], questions }),
    enabled: questions.length > 0 && without.length > 0,
    placeholderData: keepPreviousData,
  });
  return useMemo(() => {
    const decisions = result.data?.decisions;
    if (!matrix || !decisions || decisions.length !== questions.length) return { query: result, views: null };
    const sides = wallWhatIf(matrix, decisions);
    const axis = ({ id, camp }: { id: string; camp: string }) => ({
      id,
      label: name(id),
      camp,
      campLabel: name(camp),
    });
    const [rows, cols] = [sides.rows.map(axis), sides.cols.map(axis)];
    const view = (cells: WallView['cells']): WallView => ({ rows, cols, cells });
    return {
      query: result,
      views: { baseline: view(sides.baseline), counterfactual: view(sides.counterfactual) },
    };
  }, [matrix, questions, result, name]);
}
