import type { DecisionBrief, Question, WallCell } from '../../schema';

/** One answer of the matrix: a brief decision, or a failure (which leaves the cell unknown). */
export type WallAnswer = { ok: true; decision: DecisionBrief } | { ok: false };

export interface WallSpec {
  hosts: readonly string[];
  targets: readonly string[];
  surface: Question['surface'];
  capability: Question['capability'];
  at: string;
}

/** The questions for every host × target cell, row by row, skipping a platform asked about itself or its owner. */
export function wallQuestions(spec: WallSpec, isSelf: (host: string, target: string) => boolean): Question[] {
  const out: Question[] = [];
  for (const host of spec.hosts)
    for (const target of spec.targets)
      if (!isSelf(host, target))
        out.push({ host, target, surface: spec.surface, capability: spec.capability, at: spec.at });
  return out;
}

const SELF: WallCell = { status: 'unknown', since: null, self: true };
const FAILED: WallCell = { status: 'unknown', since: null, self: false };

/** Answers laid back onto the grid, row-major, in the order `wallQuestions` asked them. */
export function wallCells(
  spec: Pick<WallSpec, 'hosts' | 'targets'>,
  isSelf: (host: string, target: string) => boolean,
  results: readonly WallAnswer[],
  { brief = false }: { brief?: boolean } = {},
): WallCell[] {
  const cells: WallCell[] = [];
  let k = 0;
  for (const host of spec.hosts)
    for (const target of spec.targets) {
      if (isSelf(host, target)) {
        cells.push(SELF);
        continue;
      }
      const r = results[k++];
      if (!r?.ok) {
        cells.push(FAILED);
        continue;
      }
      const d = r.decision;
      cells.push({
        status: d.status,
        since: d.since,
        self: false,
        basis: d.basis,
        ...(d.uncertain ? { uncertain: true } : {}),
        ...(d.rest ? { rest: d.rest } : {}),
        ...(brief ? { brief: d } : {}),
      });
    }
  return cells;
}
