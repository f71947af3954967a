import type { WallView } from './hide-empty';

export interface WallSummary {
  counts: { blocked: number; open: number; other: number; unknown: number };
  /** The host that blocks the most platforms of one other camp, with how many of that camp's it could. */
  top: { host: string; camp: string; blocked: number; total: number } | null;
}

/** The grid in one line: totals by status, and its biggest wall (one host against one camp). */
export function wallSummary({ rows, cols, cells }: WallView): WallSummary {
  const counts = { blocked: 0, open: 0, other: 0, unknown: 0 };
  let top: WallSummary['top'] = null;
  rows.forEach((row, r) => {
    const perCamp = new Map<string, { blocked: number; total: number }>();
    cols.forEach((col, c) => {
      const cell = cells[r * cols.length + c];
      if (!cell || cell.self) return;
      if (cell.status === 'blocked' || cell.status === 'open' || cell.status === 'unknown')
        counts[cell.status]++;
      else counts.other++;
      if (col.camp === row.camp) return;
      const camp = perCamp.get(col.camp) ?? { blocked: 0, total: 0 };
      camp.total++;
      if (cell.status === 'blocked') camp.blocked++;
      perCamp.set(col.camp, camp);
    });
    for (const [camp, n] of perCamp) if (n.blocked > (top?.blocked ?? 0)) top = { host: row.id, camp, ...n };
  });
  return { counts, top };
}
