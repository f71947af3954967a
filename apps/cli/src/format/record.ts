import type { RouterOutputs } from '@hutong/client';
import { crossingLabel } from '@hutong/domain/plain';
import type { Style } from './style';

type Evidence = RouterOutputs['events']['get'];
type Actor = RouterOutputs['actors']['get']['actor'];
type FoundSource = RouterOutputs['sources']['get'];

const dated = (date: string, precision: string) =>
  precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);

/** An event as a reader wants it: when and what, then the changes it made, who, and who says so. */
export function formatEvent({ event: e, sources }: Evidence, actors: readonly Actor[], s: Style): string {
  const lines = [
    s.bold(`${dated(e.date, e.precision)}  ${e.title.en} / ${e.title.zh}`),
    s.dim(`${e.kind} · ${e.confidence}${e.disputed ? ' · disputed' : ''}`),
    '',
    e.summary.en,
    e.summary.zh,
  ];
  if (e.disputed) lines.push('', `${s.bold('disputed')}  ${e.disputed.en}`);
  lines.push('', s.bold('changes'));
  if (!e.changes.length) lines.push(s.dim('  none (it changed no status)'));
  for (const c of e.changes) {
    const extras = [
      c.friction?.length ? `friction: ${c.friction.join(', ')}` : '',
      c.coverage && c.coverage !== 'all' ? `coverage: ${c.coverage}` : '',
    ].filter(Boolean);
    lines.push(
      `  ${crossingLabel(c)} → ${s.status(c.status)}${extras.length ? `  (${extras.join('; ')})` : ''}`,
    );
  }
  lines.push('', s.bold('actors'));
  for (const a of actors)
    lines.push(`  ${a.id}  ${a.name.zh} / ${a.name.en}${a.owner ? s.dim(`  (${a.owner})`) : ''}`);
  lines.push('', s.bold('sources'));
  for (const c of sources)
    lines.push(
      c.record
        ? `  ${c.record.title}${s.dim(` — ${c.record.publisher}, ${c.record.date}`)}`
        : `  ${c.source}`,
      `    “${c.quote}”`,
    );
  return lines.join('\n');
}

/** A source with everything citing it, each with the quote it takes. */
export function formatSource(found: FoundSource, s: Style): string {
  const src = found.source;
  const lines = [
    s.bold(src.title),
    s.dim(`${src.publisher}${src.author ? ` · ${src.author}` : ''} · ${src.date} · ${src.language}`),
  ];
  if (src.url) lines.push(src.url);
  const section = (title: string, items: { label: string; quotes: string[] }[]) => {
    lines.push('', s.bold(`${title} (${items.length})`));
    for (const item of items) lines.push(`  ${item.label}`, ...item.quotes.map((q) => s.dim(`    “${q}”`)));
  };
  section(
    'events',
    found.events.map(({ event: e, citations }) => ({
      label: `${dated(e.date, e.precision)}  ${e.title.en}`,
      quotes: citations.map((c) => c.quote),
    })),
  );
  section(
    'figures',
    found.figures.map(({ figure: f, citations }) => ({
      label: `${f.date}  ${f.actor}  ${f.label.en}: ${f.value} ${f.unit}`,
      quotes: citations.map((c) => c.quote),
    })),
  );
  section(
    'regulations',
    found.regulations.map(({ regulation: r, citations }) => ({
      label: `${r.from}  ${r.title.en}`,
      quotes: citations.map((c) => c.quote),
    })),
  );
  return lines.join('\n');
}
