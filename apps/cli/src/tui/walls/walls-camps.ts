import { withRecords as gridWithRecords, wallSummary } from '@hutong/domain/plain';
import type { Axes } from './walls-axes';
import type { CellResult } from './walls-cell';

/** The screen's axes (ids, camps beside them) as the domain's wall grid. */
const gridOf = (
  axes: Axes,
  camp: (id: string) => string,
  cell: (r: number, c: number) => CellResult | undefined,
) => ({
  rows: axes.hosts.map((id) => ({ id, camp: camp(id) })),
  cols: axes.targets.map((id) => ({ id, camp: camp(id) })),
  cells: axes.hosts.flatMap((_, r) => axes.targets.map((_, c) => cell(r, c))),
});

/** The rows and columns with something recorded on this date (the domain's empty-row rule). */
export function withRecords(axes: Axes, cells: readonly (CellResult | undefined)[] | undefined): Axes {
  if (!cells) return axes;
  const w = axes.targets.length;
  const shown = gridWithRecords(
    gridOf(
      axes,
      (id) => id,
      (r, c) => cells[r * w + c],
    ),
  );
  return { hosts: shown.rows.map((a) => a.id), targets: shown.cols.map((a) => a.id) };
}

/** "on 2021-12-01 wechat blocks 4 of alibaba's 5 platforms": the host walling off most of another camp. */
export function wallLine(
  axes: Axes,
  result: (host: string, target: string) => CellResult | undefined,
  camp: (id: string) => string,
): { host: string; camp: string; blocked: number; total: number } | null {
  const { top } = wallSummary(gridOf(axes, camp, (r, c) => result(axes.hosts[r]!, axes.targets[c]!)));
  return top && { host: top.host, camp: top.camp, blocked: top.blocked, total: top.total };
}
