// Date arithmetic with no schema library: the CLI reads it on every start (see ../plain.ts).

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/**
 * Whole days since 1970-01-01 for an ISO calendar date, or null when the date does not exist.
 * Integer arithmetic (Hinnant's days_from_civil) rather than Date, because decisions parse one per question.
 */
export function dayNumber(iso: string): number | null {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  // A non-digit anywhere makes its part NaN; the year has no range check to catch that, so test it here.
  if (Number.isNaN(y)) return null;
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return null;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The day the ledger's story begins: where charts, the wall map's player and openness start by default. */
export const LEDGER_EPOCH = '2013-01-01';

/**
 * Today's date in UTC, for the edges (a default date, a chart's end). The engine never reads the
 * clock: every date it uses is given to it.
 */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isoFromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Why an ISO date string is not a real date, naming the part that is wrong; null when it is fine. */
export function explainBadDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return `"${iso}" is not a date in YYYY-MM-DD form`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y === 0) return 'year 0000 does not exist (1 BC is followed by 0001) and no database holds it';
  if (mo < 1 || mo > 12) return `month ${m[2]} is not between 01 and 12`;
  const last = daysInMonth(y, mo);
  if (d < 1 || d > last) return `day ${m[3]} does not exist in ${m[1]}-${m[2]} (it has ${last} days)`;
  return null;
}

/**
 * The first day of the month after `iso`'s month. With `monthStarts`, the one home of month
 * arithmetic (a test bans hand-written month loops elsewhere).
 */
export function nextMonthStart(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return m === 12
    ? `${String(y + 1).padStart(4, '0')}-01-01`
    : `${iso.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The first of each month from `from`'s month, through `to` (inclusive) or `count` of them, whichever ends first. */
export function monthStarts(from: string, to: string | null, count = 1200): string[] {
  const out: string[] = [];
  for (
    let d = `${from.slice(0, 7)}-01`;
    out.length < count && (to === null || d <= to);
    d = nextMonthStart(d)
  )
    out.push(d);
  return out;
}
