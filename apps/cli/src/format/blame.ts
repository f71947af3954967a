import type { RouterOutputs } from '@hutong/client';
import { crossingLabel } from '@hutong/domain/plain';
import type { Style } from './style';
import { table } from './table';

type History = RouterOutputs['blame']['answer'];
type Changes = RouterOutputs['blame']['changes'];
type Brief = History['changes'][number]['before'];

const brief = (b: Brief, s: Style) =>
  `${s.status(b.status, b.status.toUpperCase())} ${b.basis}${b.event ? ` ${b.event}` : ''}`;

/** Each revision that changed the answer: who, when, why, what was edited, before → after. */
export function formatAnswerHistory(h: History, s: Style): string {
  const q = h.question;
  const lines = [
    s.bold(`Answer history: ${crossingLabel(q)} on ${q.at}`),
    s.dim(`  ${h.changes.length} of ${h.walked} revisions changed the answer`),
  ];
  for (const c of h.changes)
    lines.push(
      '',
      `#${c.revision}  ${c.recordedAt}  ${c.author}: ${c.action} ${c.entity} ${c.id}`,
      `  why: ${c.reason}`,
      `  sources: ${c.sources.join(', ') || '—'}`,
      `  ${brief(c.before, s)}  →  ${brief(c.after, s)}`,
    );
  return lines.join('\n');
}

/** The revisions in the span and each key whose answers differ, with the dates they differ on. */
export function formatLedgerChanges(c: Changes, s: Style): string {
  const lines = [s.bold(`Changed answers recorded after ${c.from} up to ${c.to}`), ''];
  lines.push(
    table([
      ['revision', 'recorded', 'author', 'edit', 'reason'],
      ...c.revisions.map((r) => [
        `#${r.revision}`,
        r.recordedAt,
        r.author,
        `${r.action} ${r.entity} ${r.id}`,
        r.reason,
      ]),
    ]),
    '',
  );
  for (const k of c.keys) {
    lines.push(
      `${crossingLabel(k)}${k.kind === 'parent' ? s.dim(' (broad)') : ''}  ${s.dim(k.revisions.map((r) => `#${r}`).join(' '))}`,
    );
    for (const d of k.dates) lines.push(`  ${d.date}  ${brief(d.before, s)}  →  ${brief(d.after, s)}`);
  }
  if (c.keys.length === 0) lines.push('no answer changed');
  return lines.join('\n');
}
