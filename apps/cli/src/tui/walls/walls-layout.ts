import type { Axes } from './walls-axes';

export interface WallsLayout {
  labelWidth: number;
  cellWidth: number;
  rowsShown: number;
  colsShown: number;
}

/**
 * Lines the screen spends around the matrix: title, a camp line and two header lines, legend, the
 * wall line, two summary lines, hints.
 */
export const CHROME = 9;

/**
 * How the matrix fits: narrow cells and windows in 80 × 24, wider cells and all of it on a large
 * terminal; `dividers` lines go to the camps' dividers between rows.
 */
export function wallsLayout(width: number, height: number, axes: Axes, dividers = 0): WallsLayout {
  const labelWidth = Math.min(14, Math.max(6, ...axes.hosts.map((h) => h.length)) + 1);
  const avail = Math.max(4, width - labelWidth);
  const cellWidth = Math.max(4, Math.min(10, Math.floor(avail / Math.max(1, axes.targets.length))));
  return {
    labelWidth,
    cellWidth,
    rowsShown: Math.max(1, Math.min(axes.hosts.length, height - CHROME - dividers)),
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

/** The camp line above the target names: each camp's name over its first column in view, cut to its span. */
export function campLine(
  targets: readonly string[],
  camp: (id: string) => string,
  colTop: number,
  layout: WallsLayout,
): string {
  const { cellWidth, colsShown, labelWidth } = layout;
  const shown = targets.slice(colTop, colTop + colsShown);
  let out = '';
  shown.forEach((t, i) => {
    const c = camp(t);
    if (i > 0 && camp(shown[i - 1]!) === c) return;
    const span = shown.slice(i).findIndex((u) => camp(u) !== c);
    const cols = (span === -1 ? shown.length - i : span) * cellWidth;
    out = out.padEnd(i * cellWidth) + `┌${c}`.slice(0, Math.max(1, cols - 1)).padEnd(cols);
  });
  return (' '.repeat(labelWidth) + out).trimEnd();
}
