import type { Axes } from './walls-axes';
import type { CellResult } from './walls-cell';

const recorded = (c: CellResult | undefined) => Boolean(c && !c.self && c.status !== 'unknown');

/** The rows and columns with something recorded on this date (an actor facing its own camp counts as nothing). */
export function withRecords(axes: Axes, cells: readonly CellResult[] | undefined): Axes {
  if (!cells) return axes;
  const w = axes.targets.length;
  const at = (r: number, c: number) => cells[r * w + c];
  return {
    hosts: axes.hosts.filter((_, r) => axes.targets.some((_, c) => recorded(at(r, c)))),
    targets: axes.targets.filter((_, c) => axes.hosts.some((_, r) => recorded(at(r, c)))),
  };
}

/** "on 2021-12-01 wechat blocks 4 of alibaba's 5 platforms": the host walling off most of another camp. */
export function wallLine(
  axes: Axes,
  result: (host: string, target: string) => CellResult | undefined,
  camp: (id: string) => string,
): { host: string; camp: string; blocked: number; total: number } | null {
  let top: { host: string; camp: string; blocked: number; total: number } | null = null;
  for (const host of axes.hosts) {
    const counts = new Map<string, { blocked: number; total: number }>();
    for (const target of axes.targets) {
      const c = camp(target);
      if (c === camp(host)) continue;
      const n = counts.get(c) ?? { blocked: 0, total: 0 };
      n.total++;
      const r = result(host, target);
      if (r?.status === 'blocked') n.blocked++;
      counts.set(c, n);
    }
    for (const [c, n] of counts) if (n.blocked > (top?.blocked ?? 0)) top = { host, camp: c, ...n };
  }
  return top;
}
