import { type LedgerIndex, openness, rollupMembers } from '../engine';
import { dayNumber, type Event, GAME_METHOD, type MonthMoves, type PairMoves } from '../schema';
import { isoFromDay, nextMonthStart } from '../schema/calendar';

/**
 * Each camp's move toward the other, month by month: how open its recorded openness cells toward
 * the other are on the month's first day (the openness method's cells and scores, with the cells the
 * ledger has no record of left out — a move is what a side did, not what the ledger happens to know;
 * `recordedMean` over 100), with the events whose changes on that side's cells settled since the
 * month before. A month with no recorded cell is a missing move.
 */
export function pairMoves(index: LedgerIndex, a: string, b: string, from: string, to: string): PairMoves {
  const ab = openness(index, a, b, from, to);
  const ba = openness(index, b, a, from, to);
  const aEvents = touching(index, a, b);
  const bEvents = touching(index, b, a);
  const months: MonthMoves[] = ab.points.map((p, i) => {
    const q = ba.points[i]!;
    const since = i === 0 ? monthBefore(p.date) : ab.points[i - 1]!.date;
    return {
      date: p.date,
      a: { value: fraction(p.recordedMean), events: settledIn(aEvents, since, p.date) },
      b: { value: fraction(q.recordedMean), events: settledIn(bEvents, since, q.date) },
    };
  });
  return { a, b, method: GAME_METHOD, openness: ab.methodology, months };
}

const fraction = (value: number | null) => (value === null ? null : Math.round(value * 10) / 1000);

/** Non-rumor events with a change by one of `host`'s platforms toward `target`'s (or every target). */
function touching(index: LedgerIndex, host: string, target: string): { id: string; settled: string }[] {
  const hosts = new Set([host, ...rollupMembers(index, host)]);
  const targets = new Set(['*', target, ...rollupMembers(index, target)]);
  return index.ledger.events
    .filter(
      (e) => e.confidence !== 'rumor' && e.changes.some((c) => hosts.has(c.host) && targets.has(c.target)),
    )
    .map((e) => ({ id: e.id, settled: settledDay(e) }));
}

const settledIn = (events: readonly { id: string; settled: string }[], after: string, upTo: string) =>
  events.filter((e) => e.settled > after && e.settled <= upTo).map((e) => e.id);

/** The last day the event's change can have happened: `notAfter`, else the end of its date's period. */
export function settledDay(e: Pick<Event, 'date' | 'precision' | 'notAfter'>): string {
  if (e.notAfter) return e.notAfter;
  if (e.precision === 'year') return `${e.date.slice(0, 4)}-12-31`;
  if (e.precision === 'month') {
    const next = monthAfter(e.date);
    return isoFromDay((dayNumber(next) ?? 0) - 1);
  }
  return e.date;
}

const monthAfter = nextMonthStart;

function monthBefore(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`;
}
