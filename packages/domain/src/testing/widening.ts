import { decide, PART } from '../engine/answer/decide';
import type { LedgerIndex } from '../engine/fold/fold';
import { type OpennessCell, opennessCells, opennessPoint, scoreOf } from '../engine/views/openness';
import type { Decision, EventInput, RecordedStatus, Status } from '../schema';

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
 * (the same status twice when nothing is rolled out to some only; a bare `partial` gives `partial`).
 * Null for `mixed`.
 */
export function access(d: Decision): { rest: Status; own: Status } | null {
  if (d.status === 'mixed') return null;
  return { rest: d.rest?.status ?? d.status, own: d.status };
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
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (let month = from.slice(0, 7); month <= to; month = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(`${month}-01`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * Answers wider than `d` (or as wide, never narrower): each wider status for everyone, each wider
 * status rolled out to some over what `d` gives everyone else, and a wider rollout over `d`'s rest.
 */
export function widenings(d: Decision): Decision[] {
  const a = access(d);
  if (!a) return [];
  const rest = (status: Status) => ({ status, friction: [], coverage: 'some' as const, rule: null });
  const out: Decision[] = widerFor(d).map((status) => ({ ...d, status, rest: undefined }));
  for (const status of WIDER[a.own]) out.push({ ...d, status, rest: rest(a.rest) });
  return out;
}

/**
 * Every month, every cell of the pair, every widening of the cell's answer: where recomputing the
 * index with that one cell widened gives less than the month's index (or "insufficient data").
 * Cells of one capability weigh the same, so one cell per capability and answer stands for all.
 */
export function wideningFalls(
  index: LedgerIndex,
  host: string,
  target: string,
  months: readonly string[],
): string[] {
  const falls: string[] = [];
  const cells = opennessCells(index, host, target);
  for (const at of months) {
    const answers = cells.map((c) => decide(index, { ...c, at }, PART));
    const scores = answers.map(scoreOf);
    const base = opennessPoint(at, cells, scores).value;
    if (base === null) continue;
    const seen = new Set<string>();
    answers.forEach((d, i) => {
      const key = `${cells[i]!.capability}|${d.status}|${d.rest?.status}|${scores[i]}`;
      if (seen.has(key)) return;
      seen.add(key);
      for (const w of widenings(d)) {
        const after = opennessPoint(at, cells, scores.with(i, scoreOf(w))).value;
        if (after === null || after < base)
          falls.push(
            `${at} ${host}→${target} ${cells[i]!.capability} ${d.status}→${w.status}: ${base} → ${after}`,
          );
      }
    });
  }
  return falls;
}

/** A hypothetical event (citing the what-if source) setting one crossing to `status` on `date`. */
export function wideningEvent(
  id: string,
  crossing: Pick<OpennessCell, 'host' | 'surface' | 'capability' | 'target'>,
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

export { opennessCells, opennessPoint };
