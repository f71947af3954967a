import { closestIds, DomainError } from '../../errors';
import { type Event, type Ledger, type LedgerOverlay, referencesOf, type Source } from '../../schema';

/** The source a hypothetical event cites: a what-if is nobody's report, and says so. */
export const WHAT_IF_SOURCE: Source = {
  id: 'hutong-what-if',
  title: 'hutong what-if: a hypothetical change, not a reported event',
  publisher: 'hutong',
  date: '2021-01-01',
  language: 'en',
};

export interface Overlaid {
  ledger: Ledger;
  /** Regulations left out because an event issuing them was left out. */
  regulationsDropped: string[];
  /** Kept events that answer to a dropped regulation. */
  answering: string[];
}

/**
 * The ledger minus `without` plus `with`, in memory. Events cite no other events (`follows` names a
 * source), so leaving one out breaks no reference; what hangs on an event is a regulation it issues
 * (an event of kind `regulation`): that regulation is left out too, so compliance holds nobody to a
 * campaign that never happened. Events that merely answer to it stay (the ledger does not say they
 * would not have happened) and are listed, so the caller can leave them out as well.
 */
export function overlayLedger(
  ledger: Ledger,
  overlay: LedgerOverlay,
  known: Known = knownIn(ledger),
): Overlaid {
  overlay.without.forEach((id, i) => {
    if (!known.event.has(id))
      throw new DomainError(
        'not-found',
        `unknown event "${id}"`,
        `without.${i}`,
        closestIds(
          id,
          ledger.events.map((e) => e.id),
        ),
      );
  });
  const without = new Set(overlay.without);
  const added = new Set<string>();
  const pools = {
    actor: known.actor,
    source: { has: (id: string) => id === WHAT_IF_SOURCE.id || known.source.has(id) },
    regulation: known.regulation,
  };
  overlay.with.forEach((e, i) => {
    if ((known.event.has(e.id) && !without.has(e.id)) || added.has(e.id))
      throw new DomainError(
        'invalid',
        `event "${e.id}" is already in the ledger; leave it out with \`without\` to amend it`,
        `with.${i}.id`,
      );
    added.add(e.id);
    for (const r of referencesOf({ entity: 'event', body: e }))
      if (!pools[r.kind].has(r.id))
        throw new DomainError(
          'not-found',
          `unknown ${r.kind} "${r.id}"`,
          `with.${i}.${r.path}`,
          closestIds(r.id, idsOf(ledger, r.kind)),
        );
  });
  const dropped = new Set<string>();
  for (const e of ledger.events)
    if (without.has(e.id) && e.kind === 'regulation' && e.regulation !== undefined) dropped.add(e.regulation);
  const events: Event[] = [...ledger.events.filter((e) => !without.has(e.id)), ...overlay.with];
  const cites = overlay.with.some((e) => e.sources.some((c) => c.source === WHAT_IF_SOURCE.id));
  return {
    ledger: {
      ...ledger,
      events,
      regulations: ledger.regulations.filter((r) => !dropped.has(r.id)),
      sources: cites ? [...ledger.sources, WHAT_IF_SOURCE] : ledger.sources,
    },
    regulationsDropped: [...dropped].sort(),
    answering: events
      .filter((e) => e.regulation !== undefined && dropped.has(e.regulation) && !added.has(e.id))
      .map((e) => e.id)
      .sort(),
  };
}

/** The ids an overlay's references are checked against; an index passes its own maps (no copies). */
export interface Known {
  readonly event: { has(id: string): boolean };
  readonly actor: { has(id: string): boolean };
  readonly source: { has(id: string): boolean };
  readonly regulation: { has(id: string): boolean };
}

const knownIn = (ledger: Ledger): Known => ({
  event: new Set(ledger.events.map((e) => e.id)),
  actor: new Set(ledger.actors.map((a) => a.id)),
  source: new Set(ledger.sources.map((s) => s.id)),
  regulation: new Set(ledger.regulations.map((r) => r.id)),
});

const idsOf = (ledger: Ledger, kind: 'actor' | 'source' | 'regulation') =>
  kind === 'actor'
    ? ledger.actors.map((a) => a.id)
    : kind === 'source'
      ? [...ledger.sources.map((s) => s.id), WHAT_IF_SOURCE.id]
      : ledger.regulations.map((r) => r.id);
