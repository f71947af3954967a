import { type Actor, type Revision, recordedCrossings } from '@hutong/domain';
import type { FeedDocument, FeedEntry } from './atom';
import { type FeedSource, latestRevisions } from './feed-source';
import { revisionEntry } from './revision-entry';
import { changeEntry, statusChanges } from './status-changes';
import { webPages } from './web-pages';

/** The bounds of an actor's feed: its newest status changes, and its revisions among the latest ones. */
export const ACTOR_FEED = { changes: 50, revisions: 20, scanned: 1_000 } as const;

/** Whether a revision is about the actor: the actor itself, an event naming it, its figure, its regulation. */
export function touches(r: Revision, id: string): boolean {
  switch (r.entity) {
    case 'actor':
      return r.id === id;
    case 'event':
      return (
        !!r.body &&
        (r.body.actors.includes(id) || r.body.changes.some((c) => c.host === id || c.target === id))
      );
    case 'figure':
      return r.body?.actor === id;
    case 'regulation':
      return r.body?.issuer === id;
    case 'source':
      return false;
  }
}

/**
 * One actor's feed: the status changes of every recorded crossing where the actor itself is the host or
 * the target (its newest `changes`, by the day of the change; the platforms it owns have feeds of their
 * own), and the revisions touching it among the ledger's latest `scanned` (at most `revisions`).
 * Newest first by `updated`: a revision's record time, a status change's day.
 */
export async function actorFeed(src: FeedSource, actor: Actor, self: URL): Promise<FeedDocument> {
  const crossings = recordedCrossings(src.index).all.filter(
    (c) => c.host === actor.id || c.target === actor.id,
  );
  const changes = crossings
    .flatMap((c) => statusChanges(src.index, c, true))
    .sort((a, b) => (a.segment.from! < b.segment.from! ? 1 : a.segment.from! > b.segment.from! ? -1 : 0))
    .slice(0, ACTOR_FEED.changes)
    .map((c) => changeEntry(src.index, c, src.base));
  const revisions = (await latestRevisions(src, ACTOR_FEED.scanned))
    .filter((r) => touches(r, actor.id))
    .slice(0, ACTOR_FEED.revisions)
    .map((r) => revisionEntry(r, src.base));
  const entries: FeedEntry[] = [...revisions, ...changes].sort(
    (a, b) => b.updated.getTime() - a.updated.getTime(),
  );
  return {
    id: `urn:hutong:feed:actor:${actor.id}`,
    title: `hutong 互通 — ${actor.name.en} ${actor.name.zh} (${actor.id})`,
    subtitle: `Status changes of crossings where ${actor.id} is host or target, and edits touching it`,
    updated: src.headAt ?? new Date(0),
    self: self.href,
    alternate: new URL(webPages.actor(actor.id), src.base).href,
    entries,
  };
}
