import type { WallCell } from '@hutong/domain';
import type { Axis } from './wall-grid';

export interface WallView {
  rows: readonly Axis[];
  cols: readonly Axis[];
  cells: readonly WallCell[];
}

const recorded = (c: WallCell | undefined) => Boolean(c && !c.self && c.status !== 'unknown');

/** The grid without the rows and columns where nothing is recorded on this date (every cell unknown or self). */
export function hideEmpty(view: WallView): WallView {
  const { rows, cols, cells } = view;
  const w = cols.length;
  const keepRow = rows.map((_, r) => cols.some((_, c) => recorded(cells[r * w + c])));
  const keepCol = cols.map((_, c) => rows.some((_, r) => recorded(cells[r * w + c])));
  const out: WallCell[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (!keepRow[r]) continue;
    for (let c = 0; c < w; c++) if (keepCol[c]) out.push(cells[r * w + c]!);
  }
  return {
    rows: rows.filter((_, r) => keepRow[r]),
    cols: cols.filter((_, c) => keepCol[c]),
    cells: out,
  };
}

/** Consecutive axes of the same camp (owner company), for the grouped headers. */
export function campSpans(
  axes: readonly Axis[],
): { camp: string; label: string; start: number; count: number }[] {
  const out: { camp: string; label: string; start: number; count: number }[] = [];
  axes.forEach((a, i) => {
    const last = out.at(-1);
    if (last && last.camp === a.camp) last.count++;
    else out.push({ camp: a.camp, label: a.campLabel, start: i, count: 1 });
  });
  return out;
}
