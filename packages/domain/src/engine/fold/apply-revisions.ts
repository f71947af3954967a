import { type Event, type Ledger, ledgerField, type Revision } from '../../schema';
import { partitionPoint } from '../../schema/sorted-search';
import { foldLedger, type LedgerIndex } from './fold';
import { refoldEvents } from './refold';

/** What an incremental fold reads of a revision (bodies already validated by the store). */
export type AppliedRevision = Pick<Revision, 'entity' | 'id' | 'action' | 'body' | 'baseRevision'>;

/**
 * The index after `revisions`, built from `prev` by the entities they change: the ledger as the store
 * would read it (an entity keeps its place; a new one goes last; a retracted one leaves), refolded
 * incrementally for events and sources, refolded whole in memory for an actor edit (owners and hosts
 * reach every crossing below them). Null when it cannot know the ledger's order: a retracted entity
 * recorded again takes back its first place, which only the store knows — read the store then.
 */
export function applyRevisions(prev: LedgerIndex, revisions: readonly AppliedRevision[]): LedgerIndex | null {
  // Each entity's state after the batch (null: retracted), by kind, in the order first seen.
  const final = new Map<keyof Ledger, Map<string, { id: string } | null>>();
  for (const rev of revisions) {
    if (rev.action === 'record' && rev.baseRevision !== null) return null;
    const field = ledgerField[rev.entity];
    let changes = final.get(field);
    if (!changes) {
      changes = new Map();
      final.set(field, changes);
    }
    changes.set(rev.id, rev.action === 'retract' ? null : rev.body!);
  }
  const next: { -readonly [K in keyof Ledger]: Ledger[K] } = { ...prev.ledger };
  for (const [field, changes] of final) {
    if (field === 'events') {
      const amended = amendInPlace(prev, changes);
      if (amended) {
        next.events = amended;
        continue;
      }
    }
    const list = prev.ledger[field] as readonly { id: string }[];
    const kept: { id: string }[] = [];
    const present = new Set<string>();
    for (const x of list) {
      present.add(x.id);
      const c = changes.has(x.id) ? changes.get(x.id) : x;
      if (c) kept.push(c);
    }
    for (const [id, body] of changes) {
      if (present.has(id)) continue;
      // An amend or retract of an entity this ledger does not hold: only the store can say what it was.
      if (!revisions.some((r) => r.id === id && ledgerField[r.entity] === field && r.action === 'record'))
        return null;
      if (body) kept.push(body);
    }
    (next as Record<string, unknown[]>)[field] = kept;
  }
  const ledger = next as Ledger;
  if (final.has('actors')) return foldLedger(ledger);
  const touchedEvents = new Map<string, Event | null>(
    [...(final.get('events') ?? [])].map(([id, body]) => [id, body as Event | null]),
  );
  const touchedSources = final.get('sources');
  // An edited source changes the evidence of every event citing it.
  if (touchedSources)
    for (const e of ledger.events)
      if (!touchedEvents.has(e.id) && e.sources.some((c) => touchedSources.has(c.source)))
        touchedEvents.set(e.id, e);
  if (touchedEvents.size === 0 && !touchedSources) return { ...prev, ledger };
  // Past a quarter of a large ledger's events, one fold is cheaper than rebuilding so many keys one by one.
  if (touchedEvents.size > 64 && touchedEvents.size > ledger.events.length / 4) return foldLedger(ledger);
  return refoldEvents(prev, ledger, touchedEvents);
}

/**
 * The event list with `changes` amended where the events stand, found by their place (`order`
 * rises along the list) in O(log n) each, or null when a change records or retracts one. A gateway's
 * ledger of tens of thousands of events then pays a pointer copy per edit, not a scan.
 */
function amendInPlace(
  prev: LedgerIndex,
  changes: ReadonlyMap<string, { id: string } | null>,
): Event[] | null {
  const list = prev.ledger.events;
  const out = list.slice();
  for (const [id, body] of changes) {
    const ordinal = prev.order.get(id);
    if (!body || ordinal === undefined) return null;
    const lo = partitionPoint(list.length, (i) => prev.order.get(list[i]!.id)! < ordinal);
    if (list[lo]?.id !== id) return null;
    out[lo] = body as Event;
  }
  return out;
}
