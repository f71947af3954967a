import type { Event, LedgerIndex } from '@hutong/domain';

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
  const family = q.actor ? descendants(index, q.actor) : null;
  return [...index.ledger.events]
    .filter(
      (e) =>
        (!family ||
          e.actors.some((a) => family.has(a)) ||
          e.changes.some((c) => family.has(c.host) || family.has(c.target))) &&
        (!q.capability || e.changes.some((c) => c.capability === q.capability)) &&
        (!q.kind || e.kind === q.kind) &&
        (!q.confidence || e.confidence === q.confidence) &&
        (!q.from || e.date >= q.from) &&
        (!q.to || e.date <= q.to),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

function descendants(index: LedgerIndex, root: string): Set<string> {
  const out = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of index.actors.values())
      if (a.owner && out.has(a.owner) && !out.has(a.id)) {
        out.add(a.id);
        grew = true;
      }
  }
  return out;
}
