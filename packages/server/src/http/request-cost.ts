import type { FeedName } from '../feeds/feed-request';

/**
 * What a call costs, in work units charged against the caller's budget before any work is done. A
 * unit is about one decision's work; the weights follow what each call computes.
 */
export const COST = {
  /** Every call: a REST request, each call in a tRPC batch, `/health`, a file of the web app. */
  call: 10,
  /** Each question of a `decideMany`. */
  question: 1,
  /** A wall map (`analysis.walls`): a few hundred decisions, about what the same `decideMany` costs. */
  walls: 500,
  /** An analysis over the whole ledger or a crossing's whole history: compliance, diff, openness, what-if, `ledger.asOf`, history. */
  analysis: 1_000,
  /** `decisions.whyNot`: it folds the ledger again for each change it tries (up to about a hundred). */
  whyNot: 5_000,
  /** Each 10 items a list may return (`events.list`, `revisions.list` by their `limit`). */
  per10Items: 1,
  /** A read "as recorded at" an instant: it may fold the whole ledger at that revision. */
  recordedAt: 5_000,
} as const;

const ANALYSES = new Set([
  'analysis.compliance',
  'analysis.diff',
  'analysis.openness',
  'analysis.whatIf',
  'ledger.asOf',
  'decisions.history',
  'game.report',
  'game.simulate',
  'blame.answer',
  'blame.changes',
]);
const LISTS: Record<string, number> = { 'events.list': 1_000, 'revisions.list': 1_000 };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The cost of one call to `procedure` with `input` (unparsed: a bad input still pays for its call). */
export function callCost(procedure: string, input: unknown): number {
  const i = isRecord(input) ? input : {};
  let cost = COST.call;
  if (procedure === 'decisions.decideMany' && Array.isArray(i.questions))
    cost += i.questions.length * COST.question;
  // A what-if answers each question on both ledgers.
  if (procedure === 'analysis.whatIf' && Array.isArray(i.questions))
    cost += i.questions.length * 2 * COST.question;
  if (ANALYSES.has(procedure)) cost += COST.analysis;
  if (procedure === 'decisions.whyNot') cost += COST.whyNot;
  if (procedure === 'analysis.walls') cost += COST.walls;
  const defaultLimit = LISTS[procedure];
  if (defaultLimit !== undefined) {
    const limit = Number(i.limit ?? defaultLimit);
    cost += Math.ceil((Number.isFinite(limit) ? Math.min(Math.max(limit, 0), 10_000) : defaultLimit) / 10);
  }
  if (i.recordedAt !== undefined) cost += COST.recordedAt;
  return cost;
}

/**
 * An Atom feed: the revisions feed reads 50 revisions; a crossing's feed computes its history (as
 * `decisions.history`); an actor's computes the histories of its crossings and scans 1,000 revisions.
 */
export function feedCost(feed: FeedName | null): number {
  if (feed === 'revisions') return COST.call + 5 * COST.per10Items;
  if (feed === 'crossing') return COST.call + COST.analysis;
  if (feed === 'actor') return COST.call + COST.analysis + 100 * COST.per10Items;
  return COST.call;
}

/** The inputs of a tRPC request: one per call, from `?input=` or the body, batched as `{"0": …}`. */
export function trpcInputs(procedures: readonly string[], batch: boolean, input: unknown): unknown[] {
  if (!batch) return [input];
  return procedures.map((_, i) => (isRecord(input) ? input[String(i)] : undefined));
}
