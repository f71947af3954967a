import type { DecidedStatus, WallCell } from '../../schema';

/** A wall map as a reader sees it: rows (hosts) and columns (targets), each with its camp, and the cells row by row. */
export interface WallGrid<
  A extends { id: string; camp: string },
  C extends WallCellLike | undefined = WallCell,
> {
  rows: readonly A[];
  cols: readonly A[];
  cells: readonly C[];
}
/** What the views read of a cell: a client that has not loaded it yet holds `undefined`. */
export type WallCellLike = Pick<WallCell, 'status' | 'self' | 'basis'>;

const recorded = (c: WallCellLike | undefined) => Boolean(c && !c.self && c.status !== 'unknown');

/**
 * The grid without the rows and columns where nothing is recorded on this date: every cell unknown,
 * an actor facing its own camp, or not loaded. The one empty-row rule the web and the terminal UI share.
 */
export function withRecords<A extends { id: string; camp: string }, C extends WallCellLike | undefined>(
  grid: WallGrid<A, C>,
): WallGrid<A, C> {
  const { rows, cols, cells } = grid;
  const w = cols.length;
  const keepRow = rows.map((_, r) => cols.some((_, c) => recorded(cells[r * w + c])));
  const keepCol = cols.map((_, c) => rows.some((_, r) => recorded(cells[r * w + c])));
  const out: C[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (!keepRow[r]) continue;
    for (let c = 0; c < w; c++) if (keepCol[c]) out.push(cells[r * w + c]!);
  }
  return { rows: rows.filter((_, r) => keepRow[r]), cols: cols.filter((_, c) => keepCol[c]), cells: out };
}

export interface WallSummary {
  /** Cells by status, in the legend's words (no third term such as "partly open"). */
  counts: Record<DecidedStatus, number>;
  /**
   * The host that blocks the most platforms of one other camp, with how many of that camp's it could,
   * and how many of those blocks are inherited (no rule names the platform; its company's rule does).
   */
  top: { host: string; camp: string; blocked: number; inherited: number; total: number } | null;
}

/** The grid in one line: totals by status, and its biggest wall (one host against one other camp). */
export function wallSummary<A extends { id: string; camp: string }, C extends WallCellLike | undefined>({
  rows,
  cols,
  cells,
}: WallGrid<A, C>): WallSummary {
  const counts: Record<DecidedStatus, number> = {
    blocked: 0,
    friction: 0,
    partial: 0,
    mixed: 0,
    open: 0,
    unknown: 0,
  };
  let top: WallSummary['top'] = null;
  rows.forEach((row, r) => {
    const perCamp = new Map<string, { blocked: number; inherited: number; total: number }>();
    cols.forEach((col, c) => {
      const cell = cells[r * cols.length + c];
      if (cell?.self) return;
      if (cell) counts[cell.status]++;
      if (col.camp === row.camp) return;
      // A cell not loaded yet still counts towards what the host could block.
      const camp = perCamp.get(col.camp) ?? { blocked: 0, inherited: 0, total: 0 };
      camp.total++;
      if (cell?.status === 'blocked') camp.blocked++;
      // A block from a company-wide or every-surface rule is counted, and said to be inherited.
      if (cell?.status === 'blocked' && cell.basis === 'inherited') camp.inherited++;
      perCamp.set(col.camp, camp);
    });
    for (const [camp, n] of perCamp) if (n.blocked > (top?.blocked ?? 0)) top = { host: row.id, camp, ...n };
  });
  return { counts, top };
}
