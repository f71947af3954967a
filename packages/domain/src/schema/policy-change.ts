import { z } from 'zod';
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
  note: Localized.optional(),
});
export type PolicyChange = z.infer<typeof PolicyChange>;
export type PolicyChangeInput = z.input<typeof PolicyChange>;
