import type { HutongClient } from '@hutong/client';
import type { Evidence } from './timeline-entries';

const PAGE = 5000;

/** Every event with its sources, page by page, and the actors to match names against. */
export async function loadTimeline(client: HutongClient) {
  const [actors, first] = await Promise.all([
    client.actors.list.query(),
    client.events.list.query({ limit: PAGE }),
  ]);
  const items: Evidence[] = [...first.items];
  for (let cursor = first.nextCursor; cursor !== null; ) {
    const page = await client.events.list.query({ limit: PAGE, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  }
  return { items, actors };
}
