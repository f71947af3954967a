/**
 * The engine (hutong-decide/4, docs/method-decide.md), by what it does:
 * - fold/ — the ledger folded into rule timelines by key (fold, refold, apply-revisions), the memo
 *   of answers kept beside them (memo.ts), key packing (keys.ts);
 * - answer/ — one key's answer timeline (answer-timeline.ts: a crossing's segments, a broad key's
 *   rolled-up steps), `decide` as the step at a date, `history` as the steps, and what an answer
 *   reads (winner, basis, lifetimes, nearby crossings, URL resolution);
 * - views/ — what reads many answers: compliance, diff, as-of, openness, recorded crossings, walls;
 * - counterfactual/ — what-if and why-not, on an overlay of the index (overlay-index.ts).
 * This file is what other packages use; the rest stays inside.
 */

export type { BriefAnswer } from './answer/answer-timeline';
export * from './answer/brief';
export { COUNTING, decide, PART } from './answer/decide';
export { decideBrief } from './answer/decide-brief';
export * from './answer/family';
export * from './answer/history';
export * from './answer/require';
export { resolveUrl } from './answer/resolve-url';
export { rollupMembers } from './answer/roll-up';
export { overlayLedger } from './counterfactual/overlay';
export { overlayIndex } from './counterfactual/overlay-index';
export * from './counterfactual/what-if';
export * from './counterfactual/why-not';
export { applyRevisions } from './fold/apply-revisions';
export { foldLedger, type LedgerIndex } from './fold/fold';
export * from './views/as-of';
export * from './views/compliance';
export * from './views/diff';
export { OPENNESS_WEIGHTS, openness, scoreOf } from './views/openness';
export { askedSurface, recordedCrossings, viewSurfaceOf } from './views/recorded';
export {
  type WallCellLike,
  type WallGrid,
  type WallSummary,
  wallSummary,
  withRecords,
} from './views/wall-grid';
export { WALL_LEGEND, type WallLegendEntry, type WallMark } from './views/wall-legend';
export { type WallWhatIf, wallWhatIf, wallWhatIfQuestions } from './views/wall-what-if';
export * from './walls';
