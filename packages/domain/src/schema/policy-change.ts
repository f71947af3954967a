import { z } from 'zod';
import { IsoDate } from './day';
import { Id, Localized, TargetId } from './id';
import { Capability, Coverage, FrictionStep, RecordedStatus, Surface } from './vocabulary';

/** From its event's date on, (host, surface, capability, target) has this status. */
export const PolicyChange = z.object({
  host: Id,
  surface: Surface,
  capability: Capability,
  /** A platform, a company (all its platforms) or `*` (everyone). */
  target: TargetId,
  status: RecordedStatus,
  friction: z.array(FrictionStep).default([]),
  coverage: Coverage.default('all'),
  /**
   * An observation that this status has held ("never", "still", "only"): it holds back to the
   * crossing's last recorded change before the event, or to `standingSince` when the source states
   * a start. Answers before the event's date get basis `inferred`.
   */
  standing: z.boolean().default(false),
  /**
   * Whose doing the status is: the host's rule (the default), the target's own withdrawal or
   * shutting of the door (a mini program taken down, an entry closed, visits turned away), or both
   * sides. A status the target caused is no block by the host: compliance does not count it.
   */
  cause: z.enum(['host', 'target', 'mutual']).default('host'),
  /** The start a source states for a standing status. */
  standingSince: IsoDate.optional(),
  note: Localized.optional(),
});
export type PolicyChange = z.infer<typeof PolicyChange>;
export type PolicyChangeInput = z.input<typeof PolicyChange>;
