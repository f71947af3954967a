import { type Event, type Ledger, ledgerField, type Revision } from '../schema';
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
  const next: { -readonly [K in keyof Ledger]: Ledger[K] } = { ...prev.ledger };
  const copied = new Set<keyof Ledger>();
  const touchedEvents = new Map<string, Event | null>();
  const touchedSources = new Set<string>();
  let actors = false;
  for (const rev of revisions) {
    if (rev.action === 'record' && rev.baseRevision !== null) return null;
    const field = ledgerField[rev.entity];
    if (!copied.has(field)) {
      (next as Record<string, unknown[]>)[field] = [...next[field]];
      copied.add(field);
    }
    const list = next[field] as { id: string }[];
    const at = rev.action === 'record' ? -1 : list.findIndex((x) => x.id === rev.id);
    if (rev.action === 'record') list.push(rev.body!);
    else if (at < 0) return null;
    else if (rev.action === 'amend') list[at] = rev.body!;
    else list.splice(at, 1);
    if (rev.entity === 'event') touchedEvents.set(rev.id, (rev.body as Event | null) ?? null);
    else if (rev.entity === 'source') touchedSources.add(rev.id);
    else if (rev.entity === 'actor') actors = true;
  }
  const ledger = next as Ledger;
  if (actors) return foldLedger(ledger);
  // An edited source changes the evidence of every event citing it.
  if (touchedSources.size)
    for (const e of ledger.events)
      if (!touchedEvents.has(e.id) && e.sources.some((c) => touchedSources.has(c.source)))
        touchedEvents.set(e.id, e);
  if (touchedEvents.size === 0 && !touchedSources.size) return { ...prev, ledger };
  return refoldEvents(prev, ledger, touchedEvents);
}
