import type { Decision, Openness, OpennessPoint, RecordedStatus } from '../../schema';
import { monthStarts } from '../../schema';
import { decide, PART } from '../answer/decide';
import type { LedgerIndex } from '../fold/fold';
import { opennessCells, opennessPoint } from './openness-cells';

export {
  MIN_COVERAGE,
  OPENNESS_WEIGHTS,
  type OpennessCell,
  opennessCells,
  opennessPoint,
} from './openness-cells';

/** Version 3: a fixed cell set per pair, no record scored as no access (docs/method-openness.md). */
export const OPENNESS_METHODOLOGY = 'hutong-openness/3';

/**
 * How open each recorded status is, monotone in the widening order (blocked → friction or partial →
 * open); a cell with no record scores as `blocked` does.
 */
export const STATUS_SCORE: Record<RecordedStatus, number> = {
  open: 1,
  friction: 0.6,
  partial: 0.4,
  blocked: 0,
};

/**
 * How open `host`'s platforms are to `target`'s, month by month: the weighted mean over the pair's
 * fixed cells (openness-cells.ts) of each cell's `decide` answer, a cell with no record counting as
 * no access; `coverage` and `recorded` say how much of it rests on records. Each cell is decided once
 * a month, as before.
 */
export function openness(
  index: LedgerIndex,
  host: string,
  target: string,
  from: string,
  to: string,
): Openness {
  const cells = opennessCells(index, host, target);
  const points: OpennessPoint[] = [];
  for (const at of monthly(from, to)) {
    const scores: (number | null)[] = [];
    // Literal questions, not a spread of the cell: this runs ~400k times for two companies' range.
    for (const { host: h, surface, capability, target: t } of cells)
      scores.push(scoreOf(decide(index, { host: h, surface, capability, target: t, at }, PART)));
    points.push(opennessPoint(at, cells, scores));
  }
  return { host, target, methodology: OPENNESS_METHODOLOGY, points };
}

/**
 * A decision's score, or null when nothing is recorded for it (the index counts it as 0). An
 * inherited answer scores its status: it is the ledger's answer for the cell, and leaving it out
 * would let a later company-wide opening that overrides a platform's own friction lower the index.
 * A partial rollout scores halfway between what everyone else gets (`rest`, 0 when unknown) and
 * what its users get, never lower than `rest`.
 */
export function scoreOf(d: Decision): number | null {
  if (d.status === 'unknown' || d.status === 'mixed') return null;
  if (!d.rest) return STATUS_SCORE[d.status];
  // What the rollout's own users get: the rule's status. A bare `partial` says they cross, not how:
  // credited as friction, so learning later how they cross (a jump-out, a QR scan) neither raises
  // nor lowers the index, and learning that it is smooth raises it (v2 credited `open`).
  const own = d.status === 'partial' ? STATUS_SCORE.friction : STATUS_SCORE[d.status];
  const rest = d.rest.status === 'unknown' ? 0 : STATUS_SCORE[d.rest.status];
  return Math.max(rest, (rest + own) / 2);
}

/** The first of each month from `from`'s month through `to`. */
const monthly = (from: string, to: string) => monthStarts(from, to);
