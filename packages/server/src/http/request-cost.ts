import { CALL, COST_UNITS, type CostUnit, type FoldedLedger, priceOf, procedureFacts } from '@hutong/router';
import type { FeedName } from '../feeds/feed-request';

/**
 * A call's price in work units, or the cap one of its units passes (a 400 saying the cap); with the
 * units it asks for and the caps it declares, which a batch's calls share.
 */
export type Charge = ({ capped: null } | { capped: Capped }) & {
  price: number;
  units?: Partial<Record<CostUnit, number>>;
  cap?: Partial<Record<CostUnit, number>>;
};
export interface Capped {
  procedure: string;
  unit: CostUnit;
  cap: number;
  count: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The charge for one call to `procedure` with `input` (unparsed: a bad input still pays for its call),
 * from the cost the procedure declares; an unknown procedure pays `CALL`, as its 404 costs little.
 */
export function callCharge(procedure: string, input: unknown, ledger: FoldedLedger): Charge {
  const facts = procedureFacts.get(procedure);
  if (!facts?.cost) return { price: CALL, capped: null };
  const scope = { input: isRecord(input) ? input : {}, index: ledger.index, revision: ledger.revision };
  const { price, capped, units } = priceOf(facts.cost, scope, facts.recorded);
  return { price, capped: capped && { procedure, ...capped }, units, cap: facts.cost.cap } as Charge;
}

/** The 400's message for a call past a cap: what was asked, and the cap. */
export function capMessage({ procedure, unit, cap, count }: Capped): string {
  const { name, field } = COST_UNITS[unit];
  const n = (x: number) => x.toLocaleString('en');
  return `${field}: this ${procedure} call covers ${n(count)} ${name}; at most ${n(cap)} per call`;
}

/**
 * The cap a batch passes, if any: its calls share each per-call cap, so a batch of 50 calls asks for
 * no more of a unit in all than one call may (its answer stays one call's size, not 50 times it).
 * The cap is the smallest its calls declare for that unit.
 */
export function batchCapped(
  charges: readonly Charge[],
): { unit: CostUnit; cap: number; count: number } | null {
  const totals = new Map<CostUnit, { cap: number; count: number }>();
  for (const charge of charges)
    for (const [unit, cap] of Object.entries(charge.cap ?? {}) as [CostUnit, number][]) {
      const seen = totals.get(unit) ?? { cap, count: 0 };
      totals.set(unit, { cap: Math.min(seen.cap, cap), count: seen.count + (charge.units?.[unit] ?? 0) });
    }
  for (const [unit, { cap, count }] of totals) if (count > cap) return { unit, cap, count };
  return null;
}

/** The 400's message for a batch past a shared cap. */
export function batchCapMessage(
  calls: number,
  { unit, cap, count }: { unit: CostUnit; cap: number; count: number },
) {
  const { name, field } = COST_UNITS[unit];
  const n = (x: number) => x.toLocaleString('en');
  return `${field}: this batch of ${calls} calls covers ${n(count)} ${name} in all; a batch shares one call's cap, at most ${n(cap)}`;
}

/**
 * An Atom feed: the revisions feed reads 50 revisions; a crossing's feed computes its history (as
 * `decisions.history`); an actor's computes the histories of its crossings and scans 1,000 revisions.
 */
export const FEED_COST: Record<FeedName, number> = {
  revisions: CALL + 5,
  crossing: CALL + 1_000,
  actor: CALL + 1_100,
};

export function feedCost(feed: FeedName | null): number {
  return feed ? FEED_COST[feed] : CALL;
}

/** The inputs of a tRPC request: one per call, from `?input=` or the body, batched as `{"0": …}`. */
export function trpcInputs(procedures: readonly string[], batch: boolean, input: unknown): unknown[] {
  if (!batch) return [input];
  return procedures.map((_, i) => (isRecord(input) ? input[String(i)] : undefined));
}
