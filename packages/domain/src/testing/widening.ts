import type { LedgerIndex } from '../engine/fold';
import { rollupMembers } from '../engine/roll-up';
import type { Decision, EventInput, PolicyChangeInput, RecordedStatus, Status } from '../schema';

/**
 * What counts as widening access (docs/method-openness.md): unknown → anything but blocked;
 * blocked → friction, partial or open; partial → open; friction → open. Friction and partial are
 * not ordered against each other, nor unknown against blocked.
 */
const WIDER: Record<Status, readonly RecordedStatus[]> = {
  unknown: ['friction', 'partial', 'open'],
  blocked: ['friction', 'partial', 'open'],
  friction: ['open'],
  partial: ['open'],
  open: [],
};

/** Whether `b` gives at least the access `a` gives (equal, or wider). */
export function atLeast(b: Status, a: Status): boolean {
  return a === b || WIDER[a].includes(b as RecordedStatus);
}

/**
 * An answer's access as two statuses: what everyone else gets and what the rollout's own users get
 * (the same status twice when nothing is rolled out to some only). Null for `mixed`.
 */
export function access(d: Decision): { rest: Status; own: Status } | null {
  if (d.status === 'mixed') return null;
  if (!d.rest) return { rest: d.status, own: d.status };
  const own = d.status === 'partial' ? (d.friction.length ? 'friction' : 'open') : d.status;
  return { rest: d.rest.status, own };
}

/** Whether `b` widens `a` or leaves it as it was: neither what everyone gets nor what the rollout gives narrows. */
export function widensOrKeeps(a: Decision, b: Decision): boolean {
  const x = access(a);
  const y = access(b);
  return !!x && !!y && atLeast(y.rest, x.rest) && atLeast(y.own, x.own);
}

/** The statuses that, set for everyone, widen the answer `d` (none for `mixed`). */
export function widerFor(d: Decision): RecordedStatus[] {
  const a = access(d);
  if (!a) return [];
  return (['blocked', 'friction', 'partial', 'open'] as const).filter(
    (s) => atLeast(s, a.rest) && atLeast(s, a.own) && !(s === a.rest && s === a.own),
  );
}

/** Companies that own platforms, as every ordered pair: both directions. */
export function companyPairs(index: LedgerIndex): [string, string][] {
  const companies = [...index.actors.values()]
    .filter((a) => a.kind === 'company' && (index.owned.get(a.id)?.length ?? 0) > 0)
    .map((a) => a.id);
  return companies.flatMap((h) => companies.filter((t) => t !== h).map((t): [string, string] => [h, t]));
}

/** The first of every month from `from` (YYYY-MM) through `to` (YYYY-MM). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); ; m === 12 ? (y++, (m = 1)) : m++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) return out;
    out.push(`${month}-01`);
  }
}

/** Every (host platform, surface, capability, target platform) the pair's answers are read on. */
export function pairCrossings(
  index: LedgerIndex,
  host: string,
  target: string,
  weights: readonly { capability: string; surfaces: readonly string[] }[],
): Pick<PolicyChangeInput, 'host' | 'surface' | 'capability' | 'target'>[] {
  const out: Pick<PolicyChangeInput, 'host' | 'surface' | 'capability' | 'target'>[] = [];
  for (const { capability, surfaces } of weights)
    for (const h of rollupMembers(index, host))
      for (const t of rollupMembers(index, target))
        for (const surface of surfaces)
          out.push({ host: h, surface, capability, target: t } as (typeof out)[number]);
  return out;
}

/** A hypothetical event (citing the what-if source) setting one crossing to `status` on `date`. */
export function wideningEvent(
  id: string,
  crossing: Pick<PolicyChangeInput, 'host' | 'surface' | 'capability' | 'target'>,
  status: RecordedStatus,
  date: string,
): EventInput {
  return {
    id,
    date,
    precision: 'day',
    kind: 'rollout',
    title: { zh: '假如', en: 'what if' },
    summary: { zh: '假如', en: 'what if' },
    actors: [crossing.host],
    changes: [{ ...crossing, status }],
    confidence: 'confirmed',
    sources: [{ source: 'hutong-what-if', quote: 'hypothetical' }],
  };
}
