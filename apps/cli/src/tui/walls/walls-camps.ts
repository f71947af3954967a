import type { RouterOutputs } from '@hutong/client';
import type { Axes } from './walls-axes';
import type { CellResult } from './walls-cell';

type Actor = Pick<RouterOutputs['actors']['list'][number], 'id' | 'owner'>;

/** The camp of an actor: the top-level company that owns it (itself when it has no owner). */
export function campOf(actors: readonly Actor[], id: string): string {
  const byId = new Map(actors.map((a) => [a.id, a]));
  let top = id;
  for (let a = byId.get(id), hops = 0; a?.owner && hops < 10; a = byId.get(a.owner), hops++) top = a.owner;
  return top;
}

/** Rows and columns with each camp's members together, camps in the order they first appear. */
export function groupByCamp(axes: Axes, camp: (id: string) => string): Axes {
  const group = (ids: readonly string[]) => {
    const order = [...new Set(ids.map(camp))];
    return [...ids].sort((a, b) => order.indexOf(camp(a)) - order.indexOf(camp(b)));
  };
  return { hosts: group(axes.hosts), targets: group(axes.targets) };
}

const recorded = (r: CellResult | undefined) => Boolean(r?.ok && r.decision.status !== 'unknown');

/** The rows and columns with something recorded on this date (a host facing itself counts as nothing). */
export function withRecords(axes: Axes, results: readonly CellResult[] | undefined): Axes {
  if (!results) return axes;
  const w = axes.targets.length;
  const at = (r: number, c: number) => (axes.hosts[r] === axes.targets[c] ? undefined : results[r * w + c]);
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
      if (r?.ok && r.decision.status === 'blocked') n.blocked++;
      counts.set(c, n);
    }
    for (const [c, n] of counts) if (n.blocked > (top?.blocked ?? 0)) top = { host, camp: c, ...n };
  }
  return top;
}
