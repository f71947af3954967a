import type { WallCell } from '@hutong/domain';
import type { WallGrid } from '@hutong/domain/plain';
import type { Axis } from './wall-grid';

/** The grid the web draws: the domain's wall grid with labelled axes. */
export type WallView = WallGrid<Axis, WallCell>;

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
