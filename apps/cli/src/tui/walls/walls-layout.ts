import type { Axes } from './walls-axes';

export interface WallsLayout {
  labelWidth: number;
  cellWidth: number;
  rowsShown: number;
  colsShown: number;
}

/** Lines the screen spends around the matrix: title, two header lines, legend, two summary lines, hints. */
export const CHROME = 7;

/** How the matrix fits: narrow cells and windows in 80 × 24, wider cells and all of it on a large terminal. */
export function wallsLayout(width: number, height: number, axes: Axes): WallsLayout {
  const labelWidth = Math.min(14, Math.max(6, ...axes.hosts.map((h) => h.length)) + 1);
  const avail = Math.max(4, width - labelWidth);
  const cellWidth = Math.max(4, Math.min(10, Math.floor(avail / Math.max(1, axes.targets.length))));
  return {
    labelWidth,
    cellWidth,
    rowsShown: Math.max(1, Math.min(axes.hosts.length, height - CHROME)),
    colsShown: Math.max(1, Math.min(axes.targets.length, Math.floor(avail / cellWidth))),
  };
}

/**
 * The two header lines: target names alternate between them, so each may run over its
 * neighbour's cell and still be read (`alibaba` above a 4-wide column).
 */
export function headerLines(
  targets: readonly string[],
  colTop: number,
  layout: WallsLayout,
): [string, string] {
  const { cellWidth, colsShown, labelWidth } = layout;
  const rows = [
    [...' '.repeat(colsShown * cellWidth + cellWidth)],
    [...' '.repeat(colsShown * cellWidth + cellWidth)],
  ];
  for (let i = 0; i < colsShown && colTop + i < targets.length; i++) {
    const name = targets[colTop + i]!.slice(0, 2 * cellWidth - 1);
    const row = rows[(colTop + i) % 2]!;
    for (let k = 0; k < name.length && i * cellWidth + k < row.length; k++) row[i * cellWidth + k] = name[k]!;
  }
  const pad = ' '.repeat(labelWidth);
  return [pad + rows[0]!.join('').trimEnd(), pad + rows[1]!.join('').trimEnd()];
}
