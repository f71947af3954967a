import { z } from 'zod';
import { explainPrecision, IsoDate, Precision } from './day';
import { Id, LocalizedName, TEXT_LIMITS, text } from './id';
import { Citation } from './source';

/** A sourced number about an actor. */
export const Figure = z
  .object({
    id: Id,
    actor: Id,
    metric: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a kebab-case metric name such as `mau`'),
    label: LocalizedName,
    value: z.number().finite(),
    unit: text(TEXT_LIMITS.label),
    date: IsoDate,
    precision: Precision,
    source: Citation,
  })
  .superRefine((f, ctx) => {
    const why = explainPrecision(f.date, f.precision);
    if (why) ctx.addIssue({ code: 'custom', path: ['date'], message: why });
  });
export type Figure = z.infer<typeof Figure>;
