import { z } from 'zod';
import { dayNumber, explainBadDate } from './calendar';

export * from './calendar';

/** A real calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().superRefine((value, ctx) => {
  // The integer check is the common path; the slower explanation is built only for a bad date.
  // Year 0000 exists in ISO 8601's arithmetic but not in PostgreSQL's calendar, which refuses it.
  if (dayNumber(value) === null || value.startsWith('0000'))
    ctx.addIssue({ code: 'custom', message: explainBadDate(value) ?? 'not a date' });
});
export type IsoDate = z.infer<typeof IsoDate>;

/** The dates an analysis over a range (openness, a what-if's span) may reach: its cost follows the months. */
export const ANALYSIS_RANGE = { from: '1990-01-01', to: '2100-12-31' } as const;

/** A date within `ANALYSIS_RANGE`, the range said in the message when it is not. */
export const RangeDate = IsoDate.superRefine((value, ctx) => {
  if (dayNumber(value) !== null && (value < ANALYSIS_RANGE.from || value > ANALYSIS_RANGE.to))
    ctx.addIssue({
      code: 'custom',
      message: `${value} is outside ${ANALYSIS_RANGE.from} to ${ANALYSIS_RANGE.to}, the range analyses over time cover`,
    });
});

export const Precision = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof Precision>;

/** Month and year precision use the first day of the period; why `date` breaks that, or null. */
export function explainPrecision(date: string, precision: Precision): string | null {
  if (precision === 'month' && !date.endsWith('-01')) return 'a month-precision date must be the 1st';
  if (precision === 'year' && !date.endsWith('-01-01')) return 'a year-precision date must be January 1st';
  return null;
}
