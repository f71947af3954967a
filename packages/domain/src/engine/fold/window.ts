import { dayNumber, type Event, nextMonthStart } from '../../schema';

/**
 * The days an event's change can have happened on: `notBefore` (else its date) to `notAfter`
 * (else the end of its month or year, or the date itself at day precision).
 */
export function eventWindow(e: Pick<Event, 'date' | 'precision' | 'notBefore' | 'notAfter'>): {
  start: number;
  last: number;
} {
  const start = dayNumber(e.notBefore ?? e.date) ?? 0;
  if (e.notAfter) return { start, last: dayNumber(e.notAfter) ?? start };
  const y = Number(e.date.slice(0, 4));
  if (e.precision === 'year') return { start, last: (dayNumber(`${y + 1}-01-01`) ?? 0) - 1 };
  if (e.precision === 'month') {
    return { start, last: (dayNumber(nextMonthStart(e.date)) ?? 0) - 1 };
  }
  return { start, last: start };
}
