import { type CrossingKey, crossingLabel } from '@hutong/domain';
import type { FeedDocument } from './atom';
import type { FeedSource } from './feed-source';
import { changeEntry, statusChanges } from './status-changes';
import { webPages } from './web-pages';

/** Every status change in one crossing's history, newest first. */
export function crossingFeed(src: FeedSource, crossing: CrossingKey, self: URL): FeedDocument {
  const changes = statusChanges(src.index, crossing);
  return {
    id: `urn:hutong:feed:crossing:${crossingLabel(crossing, ':')}`,
    title: `hutong 互通 — ${crossingLabel(crossing)}`,
    subtitle: `Each change of status of this crossing, newest first (method of decide)`,
    updated: src.headAt ?? new Date(0),
    self: self.href,
    alternate: new URL(webPages.crossing(crossing), src.base).href,
    entries: changes.map((c) => changeEntry(src.index, c, src.base)),
  };
}
