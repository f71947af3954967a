import type { DecisionBrief, Question, WallAxis, WallCell, Walls } from '../../schema';
import { wallCells } from '../walls/wall-matrix';
import { withRecords } from './wall-grid';

/** A wall map as the ledger has it and as a what-if would have it, on the same rows and columns. */
export interface WallWhatIf {
  rows: WallAxis[];
  cols: WallAxis[];
  baseline: WallCell[];
  counterfactual: WallCell[];
}

/** A cell is self when the map says so: the map's own verdict, never derived again. */
const selfOf = (walls: Walls) => {
  const width = walls.targets.length;
  const index = (axes: readonly WallAxis[]) => new Map(axes.map((a, i) => [a.id, i]));
  const [rows, cols] = [index(walls.hosts), index(walls.targets)];
  return (host: string, target: string) => walls.cells[rows.get(host)! * width + cols.get(target)!]!.self;
};

/** The questions a what-if asks of a wall map: every cell that is not an actor facing its own camp, row by row. */
export function wallWhatIfQuestions(walls: Walls): Question[] {
  const { at, surface, capability } = walls.question;
  return walls.hosts.flatMap((h, r) =>
    walls.targets.flatMap((t, c) =>
      walls.cells[r * walls.targets.length + c]!.self
        ? []
        : [{ host: h.id, target: t.id, surface, capability, at }],
    ),
  );
}

/**
 * The wall map's two sides from a what-if's answers to `wallWhatIfQuestions`, in that order: the rows
 * and columns with anything recorded on either side, so the two grids line up.
 */
export function wallWhatIf(
  walls: Walls,
  decisions: readonly { baseline: DecisionBrief; counterfactual: DecisionBrief }[],
): WallWhatIf {
  const hosts = walls.hosts.map((a) => a.id);
  const targets = walls.targets.map((a) => a.id);
  const isSelf = selfOf(walls);
  const side = (pick: 'baseline' | 'counterfactual') =>
    wallCells(
      { hosts, targets },
      isSelf,
      decisions.map((d) => ({ ok: true as const, decision: d[pick] })),
    );
  const [baseline, counterfactual] = [side('baseline'), side('counterfactual')];
  const both = withRecords({
    rows: walls.hosts,
    cols: walls.targets,
    cells: baseline.map((c, i) => (c.status === 'unknown' ? counterfactual[i]! : c)),
  });
  const keepRows = new Set(both.rows.map((r) => r.id));
  const keepCols = new Set(both.cols.map((c) => c.id));
  const width = targets.length;
  const shown = (cells: WallCell[]) =>
    cells.filter((_, i) => keepRows.has(hosts[Math.floor(i / width)]!) && keepCols.has(targets[i % width]!));
  return {
    rows: [...both.rows],
    cols: [...both.cols],
    baseline: shown(baseline),
    counterfactual: shown(counterfactual),
  };
}
