import type { RouterOutputs } from '@hutong/client';

export type Evidence = RouterOutputs['events']['list']['items'][number];
type Actor = RouterOutputs['actors']['list'][number];

export interface Entry {
  item: Evidence;
  year: string;
  /** Everything a filter matches against, lower case: ids, titles, kinds, actors' names. */
  haystack: string;
}

/** The events in date order, ready to filter: each actor id also matches by its names and aliases. */
export function entriesOf(items: readonly Evidence[], actors: readonly Actor[]): Entry[] {
  const names = new Map(actors.map((a) => [a.id, [a.id, a.name.en, a.name.zh, ...a.aliases].join(' ')]));
  return items.map((item) => {
    const e = item.event;
    const ids = new Set([...e.actors, ...e.changes.flatMap((c) => [c.host, c.target])]);
    const parts = [
      e.id,
      e.date,
      e.kind,
      e.confidence,
      e.title.en,
      e.title.zh,
      ...e.changes.map((c) => c.capability),
    ];
    for (const id of ids) parts.push(names.get(id) ?? id);
    return { item, year: e.date.slice(0, 4), haystack: parts.join(' ').toLowerCase() };
  });
}

/** The entries matching every word of the query. */
export function filterEntries(entries: readonly Entry[], query: string): readonly Entry[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return entries;
  return entries.filter((e) => terms.every((t) => e.haystack.includes(t)));
}

/** The index of each year's first entry, in order. */
export function yearStarts(entries: readonly Entry[]): number[] {
  const out: number[] = [];
  entries.forEach((e, i) => {
    if (i === 0 || entries[i - 1]!.year !== e.year) out.push(i);
  });
  return out;
}
