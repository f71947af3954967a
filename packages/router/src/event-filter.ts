import { type Event, family, type LedgerIndex } from '@hutong/domain';

export interface EventQuery {
  actor?: string | undefined;
  capability?: string | undefined;
  kind?: string | undefined;
  confidence?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Events matching every given facet, in date order. An actor matches itself and everything it owns. */
export function eventsMatching(index: LedgerIndex, q: EventQuery): Event[] {
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
