import type { RouterOutputs } from '@hutong/client';
import { crossingLabel } from '@hutong/domain/plain';
import { type Doc, type Line, line, span } from './doc';

export type Evidence = RouterOutputs['events']['get'];
type Change = Evidence['event']['changes'][number];

/** A date as precisely as the ledger knows it: 2021-09-17, 2021-09, 2021. */
export const shownDate = (date: string, precision: 'day' | 'month' | 'year'): string =>
  precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);

export function changeLine(c: Change, indent = '  '): Line {
  const extras = [c.friction.length ? c.friction.join(', ') : '', c.coverage !== 'all' ? c.coverage : '']
    .filter(Boolean)
    .join('; ');
  return line(
    indent,
    `${crossingLabel(c)} → `,
    span(c.status, c.status),
    extras ? span(` (${extras})`, 'dim') : '',
  );
}

/** Each source an event cites: who published it when, the quote, the link. */
export function sourcesDoc(sources: Evidence['sources'], indent = '  '): Doc {
  return sources.flatMap((c) => [
    line(
      indent,
      span(c.record ? `${c.record.publisher}, ${c.record.date} — ${c.record.title}` : c.source, 'dim'),
    ),
    line(`${indent}  “${c.quote}”`),
    ...(c.note ? [line(`${indent}  `, span(`${c.note.en} / ${c.note.zh}`, 'dim'))] : []),
    ...(c.record?.url ? [line(`${indent}  `, span(c.record.url, 'accent'))] : []),
  ]);
}

/** An event in full: what happened, the policy changes it made, and who says so. */
export function eventDoc({ event: e, sources }: Evidence): Doc {
  const doc: Doc = [
    line(span(e.title.en, 'title')),
    line(span(e.title.zh, 'title')),
    line(
      span(`${shownDate(e.date, e.precision)} · ${e.kind} · ${e.confidence} · ${e.actors.join(', ')}`, 'dim'),
    ),
  ];
  if (e.disputed) doc.push(line(span('disputed: ', 'error'), `${e.disputed.en} / ${e.disputed.zh}`));
  doc.push([], line(e.summary.en), line(e.summary.zh));
  if (e.changes.length) {
    doc.push(
      [],
      line(span(e.confidence === 'rumor' ? 'Rumored changes (not in force)' : 'Policy changes', 'title')),
    );
    for (const c of e.changes) {
      doc.push(changeLine(c));
      if (c.note) doc.push(line('    ', span(`${c.note.en} / ${c.note.zh}`, 'dim')));
    }
  }
  doc.push([], line(span('Sources', 'title')), ...sourcesDoc(sources));
  return doc;
}
