import { z } from 'zod';
import { IsoDate } from './day';
import { Id, Localized } from './id';
import { Citation } from './source';
import { Capability, RecordedStatus, Surface } from './vocabulary';

/** A rule an authority issued, which compliance holds hosts' policies against. */
export const Regulation = z.object({
  id: Id,
  issuer: Id,
  title: Localized,
  summary: Localized,
  /** When the rule takes effect. */
  from: IsoDate,
  /** When the rule stops applying (end of a campaign); absent while it stands. */
  until: IsoDate.optional(),
  /** From this date on, a status in `forbids` is a breach. */
  deadline: IsoDate,
  scope: z.object({
    capabilities: z.array(Capability).min(1),
    surfaces: z.array(Surface).default(['*']),
    /** Hosts the rule binds; `*` for all. */
    hosts: z.array(z.union([z.literal('*'), Id])).default(['*']),
  }),
  forbids: z.array(RecordedStatus).min(1),
  sources: z.array(Citation).min(1),
});
export type Regulation = z.infer<typeof Regulation>;
