import { z } from 'zod';
import { IsoDate } from './day';
import { Id, TargetId } from './id';
import { Capability, Surface } from './vocabulary';

/** "What happens if a user on `host` meets `target`'s (or this URL's) capability on `surface`, on date `at`?" */
export const Question = z
  .object({
    host: Id,
    surface: Surface,
    capability: Capability,
    target: TargetId.optional(),
    /** A link; its web host names the target. */
    url: z.string().min(1).max(4096).optional(),
    at: IsoDate,
  })
  .superRefine((q, ctx) => {
    if ((q.target === undefined) === (q.url === undefined))
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'give exactly one of `target` or `url`' });
  });
export type Question = z.infer<typeof Question>;
