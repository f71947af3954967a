import type { Status, WallCell } from '@hutong/domain';
import type { Axis } from '../wall-grid';

const STATUSES: Status[] = ['blocked', 'friction', 'partial', 'open', 'unknown'];

/** A small deterministic hash, so every run measures the same matrices. */
const mix = (a: number, b: number) => {
  let h = (a * 374_761_393 + b * 668_265_263) | 0;
  h = Math.imul(h ^ (h >>> 13), 1_274_126_177);
  return (h ^ (h >>> 16)) >>> 0;
};

export interface SyntheticWall {
  rows: Axis[];
  cols: Axis[];
  /** One matrix per slider stop. */
  frames: WallCell[][];
  dates: string[];
}

/**
 * An n × n wall over `stops` monthly stops. `churn` is the share of cells that change status on a
 * step: a real ledger changes a handful per month; 1 is the worst case, every cell changing.
 */
export function syntheticWall(n: number, stops: number, churn: number): SyntheticWall {
  const axis = (prefix: string) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${i}`,
      label: `${prefix} ${String(i + 1).padStart(2, '0')}`,
      camp: `camp-${Math.floor(i / 10)}`,
      campLabel: `Camp ${Math.floor(i / 10) + 1}`,
    }));
  const dates = Array.from(
    { length: stops },
    (_, i) => `${2013 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
  );
  const frames: WallCell[][] = [];
  let previous: WallCell[] = [];
  for (let s = 0; s < stops; s++) {
    const frame: WallCell[] = new Array(n * n);
    for (let i = 0; i < n * n; i++) {
      const self = Math.floor(i / n) === i % n;
      const changes = s === 0 || mix(i, s) % 1000 < churn * 1000;
      frame[i] = self
        ? { status: 'unknown', since: null, self: true }
        : changes
          ? { status: STATUSES[mix(i, s + 7) % STATUSES.length]!, since: dates[s]!, self: false }
          : previous[i]!;
    }
    frames.push(frame);
    previous = frame;
  }
  return { rows: axis('Host'), cols: axis('Target'), frames, dates };
}
