import { z } from 'zod';
import { IsoDate } from './day';
import { Basis, DecidedStatus, DecisionBrief } from './decision';
import { Id } from './id';
import { Capability, Status, Surface } from './vocabulary';

/** What the wall map's columns are: the platforms reached, or the top-level companies that own them. */
export const WallColumns = z.enum(['platforms', 'companies']);
export type WallColumns = z.infer<typeof WallColumns>;

/** "Who lets whom in on `surface` for `capability` on `at`?" — rows and columns come from the ledger. */
export const WallsQuestion = z.object({
  at: IsoDate,
  surface: Surface,
  capability: Capability,
  columns: WallColumns.default('platforms'),
  /** `brief`: each answered cell carries the brief decision too, for a client that shows its details. */
  detail: z.enum(['cell', 'brief']).default('cell'),
});
export type WallsQuestion = z.infer<typeof WallsQuestion>;

/** A row or column: an actor, and the top-level company (its camp) it sits with. */
export const WallAxis = z.object({ id: Id, camp: Id });
export type WallAxis = z.infer<typeof WallAxis>;

/**
 * One cell of the wall map: its status, when that status began and how sure the engine is of it
 * (basis; `uncertain`: the date falls in a change's window; `rest`: what others get on a partial
 * rollout); `self` cells (an actor facing itself or its owner) ask nothing.
 */
export const WallCell = z.object({
  status: DecidedStatus,
  since: IsoDate.nullable(),
  self: z.boolean(),
  basis: Basis.optional(),
  uncertain: z.boolean().optional(),
  rest: Status.optional(),
  brief: DecisionBrief.optional(),
});
export type WallCell = z.infer<typeof WallCell>;

/** The whole matrix: hosts as rows, targets as columns, cells row by row, each as `decide` answers it. */
export const Walls = z.object({
  question: WallsQuestion,
  hosts: z.array(WallAxis),
  targets: z.array(WallAxis),
  cells: z.array(WallCell),
});
export type Walls = z.infer<typeof Walls>;
