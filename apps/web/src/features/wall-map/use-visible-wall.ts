import { withRecords } from '@hutong/domain/plain';
import { useMemo, useRef } from 'react';
import type { Axis } from './wall-grid';
import type { WallView } from './wall-view';

const key = (axes: readonly Axis[]) => axes.map((a) => a.id).join(',');

/**
 * The grid as shown: every row and column, or only those with something recorded. The row and
 * column arrays keep their identity while the same ones stay visible, so a slider step that hides
 * nothing new repaints cells without rebuilding the table.
 */
export function useVisibleWall(view: WallView, hide: boolean): WallView & { hidden: number } {
  const shown = useMemo(() => (hide ? withRecords(view) : view), [view, hide]);
  const last = useRef<{ rows: readonly Axis[]; cols: readonly Axis[] }>({ rows: [], cols: [] });
  if (key(last.current.rows) !== key(shown.rows)) last.current.rows = shown.rows;
  if (key(last.current.cols) !== key(shown.cols)) last.current.cols = shown.cols;
  const hidden = view.rows.length - shown.rows.length + view.cols.length - shown.cols.length;
  return { rows: last.current.rows, cols: last.current.cols, cells: shown.cells, hidden };
}
