import type { RouterOutputs } from '@hutong/client';
import { type Doc, line, span } from '../../views/doc';
import { shownDate } from '../../views/evidence-doc';

type Source = RouterOutputs['sources']['list'][number];
type EventItem = RouterOutputs['events']['list']['items'][number];
type Figure = RouterOutputs['figures']['list'][number];

/** The number curators cite an article by ("002"): its archive file's prefix. */
export const sourceNumber = (s: Pick<Source, 'archive'>) => /^(\d{3})_/.exec(s.archive ?? '')?.[1] ?? '—';

/** One source: who published it, when, in what language, then every event and figure citing it. */
export function sourceDoc(s: Source, events: readonly EventItem[], figures: readonly Figure[]): Doc {
  const doc: Doc = [
    line(span(`${sourceNumber(s)}  ${s.title}`, 'title')),
    line(`${s.publisher}${s.author ? `, ${s.author}` : ''} · ${s.date} · ${s.language}`),
  ];
  if (s.url) doc.push(line(span(s.url, 'dim')));
  if (s.factsAsOf) doc.push(line(span(`its own facts reach ${s.factsAsOf}`, 'dim')));
  if (s.caveat) doc.push(line(span(`read with care: ${s.caveat.en}`, 'dim')));
  const citing = events.filter((e) => e.sources.some((c) => c.source === s.id));
  doc.push([], line(span(`Events citing it (${citing.length})`, 'title')));
  for (const e of citing) {
    doc.push(
      line('  ', `${shownDate(e.event.date, e.event.precision)}  ${e.event.title.en} / ${e.event.title.zh}`),
    );
    for (const c of e.sources.filter((c) => c.source === s.id))
      doc.push(line(span(`    “${c.quote}”`, 'dim')));
  }
  const figs = figures.filter((f) => f.source.source === s.id);
  doc.push([], line(span(`Figures citing it (${figs.length})`, 'title')));
  for (const f of figs)
    doc.push(
      line('  ', `${f.actor}  ${f.label.en}: ${f.value} ${f.unit} (${f.date})`),
      line(span(`    “${f.source.quote}”`, 'dim')),
    );
  return doc;
}
