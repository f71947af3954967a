import type { RouterOutputs } from '@hutong/client';

type Source = RouterOutputs['sources']['list'][number];
type EventItem = RouterOutputs['events']['list']['items'][number];
type Figure = RouterOutputs['figures']['list'][number];
type Regulation = RouterOutputs['regulations']['list'][number];

/** The number curators use for an article ("002"): its archive file's prefix, when it has one. */
export function sourceNumber(source: Pick<Source, 'archive'>): string | null {
  return /^(\d{3})_/.exec(source.archive ?? '')?.[1] ?? null;
}

export interface Citing {
  events: { item: EventItem; quotes: string[] }[];
  figures: { figure: Figure; quote: string }[];
  regulations: { regulation: Regulation; quotes: string[] }[];
}

/** Everything in the ledger that cites one source, each with the quotes it takes from it. */
export function citationsOf(
  id: string,
  events: readonly EventItem[],
  figures: readonly Figure[],
  regulations: readonly Regulation[],
): Citing {
  return {
    events: events.flatMap((item) => {
      const quotes = item.sources.filter((s) => s.source === id).map((s) => s.quote);
      return quotes.length ? [{ item, quotes }] : [];
    }),
    figures: figures
      .filter((f) => f.source.source === id)
      .map((figure) => ({ figure, quote: figure.source.quote })),
    regulations: regulations.flatMap((regulation) => {
      const quotes = regulation.sources.filter((s) => s.source === id).map((s) => s.quote);
      return quotes.length ? [{ regulation, quotes }] : [];
    }),
  };
}

/** A dispute note split into text and the source numbers it cites ("002 says …"), for linking. */
export function splitByNumbers(
  text: string,
  byNumber: ReadonlyMap<string, Source>,
): (string | { number: string; source: Source })[] {
  const out: (string | { number: string; source: Source })[] = [];
  let last = 0;
  for (const m of text.matchAll(/(?<!\d)(\d{3})(?!\d)/g)) {
    const source = byNumber.get(m[1]!);
    if (!source) continue;
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ number: m[1]!, source });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
