import { z } from 'zod';

/** Whole days since 1970-01-01 (UTC) for an ISO calendar date, or null when the date does not exist. */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

export function isoFromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Why an ISO date string is not a real date, naming the part that is wrong; null when it is fine. */
export function explainBadDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return `"${iso}" is not a date in YYYY-MM-DD form`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `month ${m[2]} is not between 01 and 12`;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > last) return `day ${m[3]} does not exist in ${m[1]}-${m[2]} (it has ${last} days)`;
  return null;
}

/** A real calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().superRefine((value, ctx) => {
  const why = explainBadDate(value);
  if (why) ctx.addIssue({ code: 'custom', message: why });
});
export type IsoDate = z.infer<typeof IsoDate>;

export const Precision = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof Precision>;

/** Month and year precision use the first day of the period; why `date` breaks that, or null. */
export function explainPrecision(date: string, precision: Precision): string | null {
  if (precision === 'month' && !date.endsWith('-01')) return 'a month-precision date must be the 1st';
  if (precision === 'year' && !date.endsWith('-01-01')) return 'a year-precision date must be January 1st';
  return null;
}
