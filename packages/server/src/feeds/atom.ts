import { Feed } from 'feed';
import { encode } from 'html-entities';

/** One Atom entry, in plain text: `atom` escapes it, since the `feed` library writes titles as HTML. */
export interface FeedEntry {
  /** A stable IRI (`urn:hutong:…`), the same on every read of the same thing. */
  id: string;
  title: string;
  summary: string;
  /** The web page of the entry's event (or entity), absolute. */
  link: string;
  updated: Date;
  published?: Date;
  author: string;
}

export interface FeedDocument {
  id: string;
  title: string;
  subtitle: string;
  /** When the ledger behind the feed last changed. */
  updated: Date;
  /** The feed's own URL (rel="self") and the web page it follows (rel="alternate"), absolute. */
  self: string;
  alternate: string;
  entries: readonly FeedEntry[];
}

/** The document as Atom 1.0 (RFC 4287). */
export function atom(doc: FeedDocument): string {
  const feed = new Feed({
    id: doc.id,
    title: doc.title,
    description: doc.subtitle,
    updated: doc.updated,
    link: doc.alternate,
    feed: doc.self,
    generator: 'hutong',
    // An entry without its own author takes the feed's (RFC 4287 §4.1.1 needs one or the other).
    author: { name: 'hutong' },
  });
  for (const e of doc.entries)
    feed.addItem({
      id: e.id,
      title: encode(e.title),
      description: encode(e.summary),
      link: e.link,
      date: e.updated,
      ...(e.published ? { published: e.published } : {}),
      author: [{ name: e.author }],
    });
  return feed.atom1();
}
