import type { RouterInputs, RouterOutputs } from '@hutong/client';
import type { Basis, DecidedStatus, Status } from '@hutong/domain';

export type Question = RouterInputs['decisions']['decideMany']['questions'][number];
type ManyResult = RouterOutputs['decisions']['decideMany'][number];

/**
 * One cell of the wall map: its status, when that status began and how sure the engine is of it
 * (basis; `uncertain`: the date falls in a change's window; `rest`: what others get on a partial
 * rollout); `self` cells ask nothing.
 */
export interface WallCell {
  status: DecidedStatus;
  since: string | null;
  self: boolean;
  basis?: Basis;
  uncertain?: boolean;
  rest?: Status;
}

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
  results: readonly ManyResult[],
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
      const since = typeof d.since === 'string' ? d.since : (d.since?.date ?? null);
      const rest = typeof d.rest === 'string' ? d.rest : d.rest?.status;
      cells.push({
        status: d.status,
        since,
        self: false,
        basis: d.basis,
        ...(d.uncertain ? { uncertain: true } : {}),
        ...(rest ? { rest } : {}),
      });
    }
  return cells;
}
