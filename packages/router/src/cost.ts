import { LEDGER_EPOCH, type LedgerIndex, Surface, todayIso } from '@hutong/domain';

/**
 * What a call costs, declared beside each procedure as data: a base and weights per unit of work the
 * input asks for, and caps on those units. Admission charges it before any work (on the unparsed
 * input: a bad input still pays its base), a unit past its cap is a 400 saying the cap, and the
 * documented cost table (docs/api.md) is generated from the same declarations. A work unit is about
 * one decision's work.
 */
export interface Cost {
  base: number;
  per?: Partial<Record<CostUnit, number>>;
  cap?: Partial<Record<CostUnit, number>>;
  /**
   * Calls priced at this many units or more run on the worker pool, off the request thread (0: every
   * call); absent: always on the request thread.
   */
  pool?: number;
}

/** An analysis over the whole ledger or a crossing's whole history (compliance, diff, as-of, history). */
export const ANALYSIS = 1_000;

/** Parts (host × target platforms × surfaces, doubled for full detail) one call may answer: more would be hundreds of megabytes. */
export const MAX_PARTS = 100_000;

/**
 * Months × platform pairs one openness range may cover: every pair the curated ledger has over the
 * whole range (1990 to 2100 is 1,332 months; Tencent × Alibaba about 160 pairs) fits; no more.
 */
export const MAX_MONTH_CELLS = 1_000_000;

/** What the counters see: the input as sent, and the live ledger to size company and `*` questions. */
export interface CostScope {
  input: Record<string, unknown>;
  index: LedgerIndex;
  revision: number;
}

/** The units a cost is counted in: each a plain-words definition (for the table) and its counter. */
export const COST_UNITS = {
  part: {
    one: 'question part',
    name: 'question parts',
    field: 'questions',
    doc: 'question part: one per host platform × target platform × surface it covers (a company or `*` has many); ×2 with `detail: full`',
    count: ({ input, index }) => {
      const detail = input.detail === 'full' ? 2 : 1;
      // 10,000 questions name a handful of companies: each family is counted once per call.
      const families = new Map<unknown, number>();
      const familyOf = (id: unknown) => families.get(id) ?? families.set(id, family(index, id)).get(id)!;
      return detail * sum(listOf(input.questions), (q) => partsOf(index, recordOf(q), familyOf));
    },
  },
  monthCell: {
    one: 'month × platform pair',
    name: 'months × platform pairs',
    field: 'from',
    doc: 'month × host platform × target platform of an openness range',
    count: ({ input, index }) => {
      const pair = input.openness === undefined ? input : recordOf(input.openness);
      if (input.openness === undefined && input.host === undefined) return 0;
      const from = String(input.from ?? LEDGER_EPOCH);
      const to = String(input.to ?? todayIso());
      return monthsBetween(from, to) * family(index, pair.host) * family(index, pair.target);
    },
  },
  change: {
    one: 'overlay change',
    name: 'overlay changes',
    field: 'with',
    doc: 'event left out or policy change added by a what-if overlay',
    count: ({ input }) =>
      listOf(input.without).length + sum(listOf(input.with), (e) => listOf(recordOf(e).changes).length),
  },
  tenItems: {
    one: 'ten items',
    name: 'tens of items',
    field: 'limit',
    doc: '10 items of `limit` (default 1,000)',
    count: ({ input }) => Math.ceil(clamp(Number(input.limit ?? 1_000), 0, 10_000) / 10),
  },
  replayed: {
    one: 'revision replayed',
    name: 'revisions replayed',
    field: 'lastEventId',
    doc: 'revision replayed to a subscriber resuming from `Last-Event-ID`',
    count: ({ input, revision }) => {
      const last = Number(input.lastEventId);
      return input.lastEventId === undefined || !Number.isFinite(last)
        ? 0
        : clamp(revision - last, 0, revision);
    },
  },
} satisfies Record<
  string,
  { one: string; name: string; field: string; doc: string; count: (scope: CostScope) => number }
>;
export type CostUnit = keyof typeof COST_UNITS;

/** A call's units, each counted once. */
export function unitsOf(cost: Cost, scope: CostScope): Partial<Record<CostUnit, number>> {
  const units: Partial<Record<CostUnit, number>> = {};
  for (const unit of new Set([
    ...Object.keys(cost.per ?? {}),
    ...Object.keys(cost.cap ?? {}),
  ]) as Set<CostUnit>)
    units[unit] = COST_UNITS[unit].count(scope);
  return units;
}

/** What a read "as recorded at" adds to its call's price: it may fold the whole ledger at that revision. */
export const RECORDED_AT = 5_000;

/**
 * The work units a call costs, and the first unit past its cap (with the cap and the count) if any.
 * `recorded`: the procedure reads the ledger as recorded at the input's `recordedAt`, when given.
 */
export function priceOf(cost: Cost, scope: CostScope, recorded = false) {
  const units = unitsOf(cost, scope);
  let price = cost.base + (recorded && scope.input.recordedAt !== undefined ? RECORDED_AT : 0);
  for (const [unit, weight] of Object.entries(cost.per ?? {}))
    price += weight * (units[unit as CostUnit] ?? 0);
  const over = Object.entries(cost.cap ?? {}).find(([unit, cap]) => (units[unit as CostUnit] ?? 0) > cap);
  const capped = over && { unit: over[0] as CostUnit, cap: over[1], count: units[over[0] as CostUnit] ?? 0 };
  return { price: Math.ceil(price), capped: capped ?? null, units };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const recordOf = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const clamp = (n: number, lo: number, hi: number) =>
  Number.isFinite(n) ? Math.min(Math.max(n, lo), hi) : lo;
const sum = (xs: unknown[], f: (x: unknown) => number) => xs.reduce<number>((s, x) => s + f(x), 0);

/** Platforms a question covers: the host's, the target's (`*`: every actor) and the surfaces. */
function partsOf(index: LedgerIndex, q: Record<string, unknown>, familyOf: (id: unknown) => number): number {
  const targets = q.target === '*' ? index.actors.size : q.url !== undefined ? 1 : familyOf(q.target);
  const surfaces = q.surface === '*' ? Surface.options.length - 1 : 1;
  return familyOf(q.host) * targets * surfaces;
}

/** A company and everything it owns, counted; a platform (or an unknown id, which fails cheaply) is 1. */
function family(index: LedgerIndex, id: unknown): number {
  if (typeof id !== 'string' || index.actors.get(id)?.kind !== 'company') return 1;
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(index.owned.get(next) ?? []));
  }
  return seen.size;
}

/** Months from `from` to `to` inclusive, by their `YYYY-MM` (0 for text that is not a date). */
function monthsBetween(from: string, to: string): number {
  const month = (d: string) => {
    const m = /^(\d{4})-(\d{2})/.exec(d);
    return m ? Number(m[1]) * 12 + Number(m[2]) : null;
  };
  const [a, b] = [month(from), month(to)];
  return a === null || b === null ? 0 : clamp(b - a + 1, 0, 12 * 10_000);
}
