import { parseAtomFeed } from 'feedsmith';
import { expect } from 'vitest';

const isInstant = (s: string | undefined) =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s);
const isAbsolute = (s: string | undefined) => {
  try {
    return !!s && !!new URL(s).protocol;
  } catch {
    return false;
  }
};

/**
 * Parses an Atom document with feedsmith and holds it to RFC 4287's musts: the feed's id, title,
 * updated and self link; each entry's unique absolute id, title, RFC 3339 updated, an author (its own
 * or the feed's) and an alternate link. Returns the parsed feed.
 */
export function parseValidAtom(xml: string) {
  expect(xml.startsWith('<?xml')).toBe(true);
  const feed = parseAtomFeed(xml);
  expect(isAbsolute(feed.id), `feed id ${feed.id}`).toBe(true);
  expect(feed.title?.value).toBeTruthy();
  expect(isInstant(feed.updated), `feed updated ${feed.updated}`).toBe(true);
  const rel = (links: typeof feed.links, r: string) => links?.find((l) => (l.rel ?? 'alternate') === r)?.href;
  expect(isAbsolute(rel(feed.links, 'self'))).toBe(true);
  expect(isAbsolute(rel(feed.links, 'alternate'))).toBe(true);
  const entries = feed.entries ?? [];
  for (const e of entries) {
    expect(isAbsolute(e.id), `entry id ${e.id}`).toBe(true);
    expect(e.title?.value).toBeTruthy();
    expect(isInstant(e.updated), `entry updated ${e.updated}`).toBe(true);
    expect((e.authors?.length ?? 0) + (feed.authors?.length ?? 0)).toBeGreaterThan(0);
    expect(isAbsolute(rel(e.links, 'alternate')), `entry link of ${e.id}`).toBe(true);
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return { ...feed, entries, link: (links: typeof feed.links, r = 'alternate') => rel(links, r) };
}
