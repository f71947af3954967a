import {
  Capability,
  Confidence,
  type Event,
  EventKind,
  family,
  Id,
  IsoDate,
  type LedgerIndex,
  RecordedAt,
} from '@hutong/domain';
import { z } from 'zod';

/** `events.list`'s input: facets, a page, and "as recorded at". */
export const EventFilter = z.object({
  /** Events involving this actor or anything it owns. */
  actor: Id.optional(),
  capability: Capability.optional(),
  kind: EventKind.optional(),
  confidence: Confidence.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.number().int().min(1).max(5000).default(1000),
  cursor: z.number().int().min(0).default(0),
  /** The events as hutong had them recorded at this instant. */
  recordedAt: RecordedAt.optional(),
});
export type EventFilter = z.infer<typeof EventFilter>;

/** The facets `eventsMatching` reads. */
type EventFacets = Pick<EventFilter, 'actor' | 'capability' | 'kind' | 'confidence' | 'from' | 'to'>;

/** Events matching every given facet, in date order. An actor matches itself and everything it owns. */
export function eventsMatching(index: LedgerIndex, q: EventFacets): Event[] {
  const members = q.actor ? new Set(family(index, q.actor)) : null;
  return index.eventsByDate.filter(
    (e) =>
      (!members ||
        e.actors.some((a) => members.has(a)) ||
        e.changes.some((c) => members.has(c.host) || members.has(c.target))) &&
      (!q.capability || e.changes.some((c) => c.capability === q.capability)) &&
      (!q.kind || e.kind === q.kind) &&
      (!q.confidence || e.confidence === q.confidence) &&
      (!q.from || e.date >= q.from) &&
      (!q.to || e.date <= q.to),
  );
}
