import type { Revision } from '@hutong/domain';
import type { FeedEntry } from './atom';
import { revisionPage } from './web-pages';

const DONE = { record: 'recorded', amend: 'amended', retract: 'retracted' } as const;

/** The entity's English name or title, when the revision carries a body. */
function nameOf(r: Revision): string | null {
  if (!r.body) return null;
  switch (r.entity) {
    case 'actor':
      return r.body.name.en;
    case 'source':
      return r.body.title;
    case 'event':
    case 'regulation':
      return r.body.title.en;
    case 'figure':
      return `${r.body.label.en}: ${r.body.value} ${r.body.unit}`;
  }
}

/** One revision as an entry: who changed what, why and when, linking to the page of what it touched. */
export function revisionEntry(r: Revision, base: URL): FeedEntry {
  const name = nameOf(r);
  return {
    id: `urn:hutong:revision:${r.revision}`,
    title: `#${r.revision} ${DONE[r.action]} ${r.entity} ${r.id}${name ? ` — ${name}` : ''}`,
    summary: `${r.reason} (${r.author}, revision ${r.revision})`,
    link: new URL(revisionPage(r), base).href,
    updated: new Date(r.recordedAt),
    author: r.author,
  };
}
