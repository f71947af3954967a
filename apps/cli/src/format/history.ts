import type { RouterOutputs } from '@hutong/client';
import { crossingLabel, legend } from '@hutong/domain/plain';
import type { TitleOf } from '../ledger-titles';
import { inheritedText } from '../views/qualifiers';
import type { Style } from './style';
import { table } from './table';

type History = RouterOutputs['decisions']['history'];
type Segment = History['segments'][number];

const basisText = (s: Segment) =>
  `${s.basis}${s.basis === 'inherited' ? inheritedText(s.inheritedFrom).replace(/^ from /, ' from ') : ''}`;

/** The lines under a segment: its uncertainty window and what the rest get on a partial rollout. */
function qualifiers(s: Segment, style: Style, titleOf: TitleOf): string[] {
  const lines: string[] = [];
  if (s.uncertain)
    lines.push(
      style.dim(
        `    uncertain ${s.uncertain.from} … ${s.uncertain.to}: ${s.uncertain.before} → ${s.uncertain.after}, on a day in that window  [${titleOf(s.uncertain.rule.event)}]`,
      ),
    );
  if (s.rest)
    lines.push(
      style.dim(
        `    everyone else: ${s.rest.status}${s.rest.rule ? `  [${titleOf(s.rest.rule.event)}]` : ''}`,
      ),
    );
  return lines;
}

function segmentsTable(segments: readonly Segment[], style: Style, titleOf: TitleOf): string {
  const rows: string[][] = [['from', 'to', 'status', 'basis', 'events']];
  const notes = new Map<number, string[]>();
  for (const s of segments) {
    rows.push([
      s.from ?? '…',
      s.to ?? 'now',
      style.status(s.status, s.status.toUpperCase()),
      basisText(s),
      s.events.map(titleOf).join('; '),
    ]);
    notes.set(rows.length - 1, qualifiers(s, style, titleOf));
  }
  return table(rows)
    .split('\n')
    .flatMap((line, i) => [line, ...(notes.get(i) ?? [])])
    .join('\n');
}

/** A crossing's history: when it first opened, then every stretch with its status, basis and events. */
export function formatHistory(h: History, style: Style, titleOf: TitleOf): string {
  const q = h.question;
  const opened = h.segments.find((s) => s.status === 'open');
  const lines = [
    style.bold(`${crossingLabel(q)}`) + style.dim(`  every status on record (${h.method})`),
    opened
      ? `first open ${opened.from ? `on ${opened.from}` : 'as far back as the ledger knows'}${opened.events.length ? ` (${opened.events.map(titleOf).join('; ')})` : ''}`
      : 'never open on record',
    '',
    h.segments.length
      ? segmentsTable(h.segments, style, titleOf)
      : style.dim('nothing in the ledger covers this crossing'),
  ];
  if (h.byPlatform?.length)
    lines.push(
      '',
      style.dim('above: the rolled-up answer (mixed where the parts differ); below: each part’s own history'),
    );
  for (const p of h.byPlatform ?? [])
    lines.push(
      '',
      style.bold(`${p.host} × ${p.target} · ${p.surface}`),
      p.segments.length ? segmentsTable(p.segments, style, titleOf) : style.dim('nothing recorded'),
    );
  // Every status and basis the tables show, explained once below them.
  const segments = [...h.segments, ...(h.byPlatform ?? []).flatMap((p) => p.segments)];
  const words = legend(
    segments.flatMap((s) => [
      ['status', s.status] as const,
      ['basis', s.basis] as const,
      ...(s.uncertain ? [['term', 'uncertain-window'] as const] : []),
    ]),
  );
  if (words.length) lines.push('', ...words.map((w) => style.dim(w)));
  return lines.join('\n');
}
