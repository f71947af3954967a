import { z } from 'zod';
import { IsoDate } from './day';
import { Id, Localized, LocalizedName } from './id';
import { Citation } from './source';
import { Capability, RecordedStatus, Surface } from './vocabulary';

/** A rule an authority issued, which compliance holds hosts' policies against. */
export const Regulation = z
  .object({
    id: Id,
    issuer: Id,
    title: LocalizedName,
    summary: Localized,
    /** When the rule takes effect. */
    from: IsoDate,
    /** When the rule stops applying (end of a campaign); absent while it stands. */
    until: IsoDate.optional(),
    /** From this date on, a status in `forbids` is a breach. */
    deadline: IsoDate,
    /**
     * The crossings compliance holds hosts to. Absent when the rule binds conduct that is no
     * interoperability capability (exclusive dealing, say): then `unchecked` says why compliance
     * does not check it.
     */
    scope: z
      .object({
        capabilities: z.array(Capability).min(1),
        surfaces: z.array(Surface).default(['*']),
        /** Hosts the rule binds; `*` for all. */
        hosts: z.array(z.union([z.literal('*'), Id])).default(['*']),
      })
      .optional(),
    /** Why compliance does not check this rule (set exactly when `scope` is absent). */
    unchecked: Localized.optional(),
    forbids: z.array(RecordedStatus).default([]),
    sources: z.array(Citation).min(1),
  })
  .superRefine((r, ctx) => {
    if (!r.scope && !r.unchecked)
      ctx.addIssue({
        code: 'custom',
        path: ['unchecked'],
        message: 'a rule without `scope` must say why it is not checked',
      });
    if (r.scope && r.forbids.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['forbids'],
        message: 'a checked rule must forbid at least one status',
      });
  });
export type Regulation = z.infer<typeof Regulation>;
