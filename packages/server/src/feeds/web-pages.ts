import type { CrossingKey, Revision } from '@hutong/domain';

/**
 * Paths of the web app's pages (apps/web/src/app/routes.tsx), so each feed entry links to the page a
 * reader would open for it.
 */
export const webPages = {
  timeline: () => '/',
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  actor: (id: string) => `/actors/${encodeURIComponent(id)}`,
  source: (id: string) => `/sources/${encodeURIComponent(id)}`,
  compliance: (at?: string) => (at ? `/compliance?at=${at}` : '/compliance'),
  /** The Ask page on this crossing (its history is there), on a date when given. */
  crossing: (c: CrossingKey, at?: string) => {
    const q = new URLSearchParams({
      host: c.host,
      surface: c.surface,
      capability: c.capability,
      target: c.target,
    });
    if (at) q.set('at', at);
    return `/ask?${q}`;
  },
};

/** The page of the entity a revision touched: an event's, an actor's (a figure's actor), a source's. */
export function revisionPage(r: Revision): string {
  switch (r.entity) {
    case 'event':
      return webPages.event(r.id);
    case 'actor':
      return webPages.actor(r.id);
    case 'source':
      return webPages.source(r.id);
    case 'figure':
      return r.body ? webPages.actor(r.body.actor) : webPages.timeline();
    case 'regulation':
      return r.body ? webPages.compliance(r.body.deadline) : webPages.compliance();
  }
}
