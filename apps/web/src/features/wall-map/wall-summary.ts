import type { DecidedStatus } from '@hutong/domain';
import type { WallView } from './hide-empty';

export interface WallSummary {
  /** Cells by status, in the legend's words (no third term such as "partly open"). */
  counts: Record<DecidedStatus, number>;
  /**
   * The host that blocks the most platforms of one other camp, with how many of that camp's it could,
   * and how many of those blocks are inherited (no rule names the platform; its company's rule does).
   */
  top: { host: string; camp: string; blocked: number; inherited: number; total: number } | null;
}

/** The grid in one line: totals by status, and its biggest wall (one host against one camp). */
export function wallSummary({ rows, cols, cells }: WallView): WallSummary {
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
      if (!cell || cell.self) return;
      counts[cell.status]++;
      if (col.camp === row.camp) return;
      const camp = perCamp.get(col.camp) ?? { blocked: 0, inherited: 0, total: 0 };
      camp.total++;
      if (cell.status === 'blocked') camp.blocked++;
      // A block from a company-wide or every-surface rule is counted, and said to be inherited.
      if (cell.status === 'blocked' && cell.basis === 'inherited') camp.inherited++;
      perCamp.set(col.camp, camp);
    });
    for (const [camp, n] of perCamp) if (n.blocked > (top?.blocked ?? 0)) top = { host: row.id, camp, ...n };
  });
  return { counts, top };
}
