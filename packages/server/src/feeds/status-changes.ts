import { type CrossingKey, crossingLabel, history, type LedgerIndex } from '@hutong/domain';
import type { FeedEntry } from './atom';
import { webPages } from './web-pages';

/**
 * A crossing's status changes, newest first: each stretch of its history (`history`, the same answers
 * as `decide`) that has a start date, with the status before it. A stretch held "for all time" has no
 * date to change on and is left out. `ownSurface` reads a recorded `*` crossing as one part, as the
 * views do, so an actor's feed does not repeat its named surfaces' changes inside the `*` one.
 */
export function statusChanges(index: LedgerIndex, crossing: CrossingKey, ownSurface = false) {
  const segments = history(index, crossing, { ownSurface }).segments;
  return segments
    .map((s, i) => ({ crossing, segment: s, before: segments[i - 1]?.status ?? 'unknown' }))
    .filter((c) => c.segment.from !== null)
    .reverse();
}

export type StatusChange = ReturnType<typeof statusChanges>[number];

const label = (c: CrossingKey) => `${crossingLabel(c)}`;

/** A status change as an entry, linking to the page of the event that decided it. */
export function changeEntry(
  index: LedgerIndex,
  { crossing, segment, before }: StatusChange,
  base: URL,
): FeedEntry {
  const from = segment.from!;
  const eventId = segment.rule?.event ?? null;
  const event = eventId ? index.events.get(eventId) : undefined;
  const day = new Date(`${from}T00:00:00Z`);
  const key = [crossing.host, crossing.surface, crossing.capability, crossing.target].join(':');
  const window = segment.uncertain ? `; uncertain ${segment.uncertain.from} – ${segment.uncertain.to}` : '';
  return {
    id: `urn:hutong:crossing:${key}:change:${from}:${eventId ?? 'none'}`,
    // A new deciding rule with the same status is a stretch of its own in the history, worded as such.
    title:
      before === segment.status
        ? `${label(crossing)}: still ${segment.status}, newly decided on ${from}`
        : `${label(crossing)}: ${before} → ${segment.status} on ${from}`,
    summary: `${event ? `${event.title.en} / ${event.title.zh}. ` : ''}Basis ${segment.basis}${window}.`,
    link: new URL(eventId ? webPages.event(eventId) : webPages.crossing(crossing, from), base).href,
    updated: day,
    published: day,
    author: 'hutong',
  };
}
