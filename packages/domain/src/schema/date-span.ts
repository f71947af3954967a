import { z } from 'zod';
import { IsoDate } from './day';

/** A stretch of days, `from` through `to`: a change's window, a diff's dates, a what-if span. */
export const DateSpan = z.object({ from: IsoDate, to: IsoDate });
export type DateSpan = z.infer<typeof DateSpan>;
