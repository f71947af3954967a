import type { EventInput, PolicyChangeInput } from '../schema';

/** A confirmed event opening `host`'s `surface` to `target`'s links on `date`, citing `source`. */
export function openingEvent(
  id: string,
  host: string,
  target: string,
  date: string,
  { surface, source }: { surface: PolicyChangeInput['surface']; source: string },
): EventInput {
  return {
    id,
    date,
    precision: 'day',
    kind: 'unblock',
    title: { zh: '开放', en: `${host} opens to ${target}` },
    summary: { zh: '开放', en: `${host} lets ${target} links open` },
    actors: [host, target],
    changes: [{ host, surface, capability: 'link.open', target, status: 'open' }],
    confidence: 'confirmed',
    sources: [{ source, quote: 'the links now open' }],
  };
}
