import type { TitleOf } from '../ledger-titles';
import { type History, type HistoryRow, historyView } from '../views/history-view';
import type { Style } from './style';
import { table } from './table';

/** The lines under a row: its uncertainty window and what the rest get on a partial rollout. */
function qualifiers(r: HistoryRow, style: Style): string[] {
  const lines: string[] = [];
  if (r.uncertain)
    lines.push(
      style.dim(
        `    uncertain ${r.uncertain.from} … ${r.uncertain.to}: ${r.uncertain.before} → ${r.uncertain.after}, on a day in that window  [${r.uncertain.event}]`,
      ),
    );
  if (r.rest)
    lines.push(style.dim(`    everyone else: ${r.rest.status}${r.rest.event ? `  [${r.rest.event}]` : ''}`));
  return lines;
}

function rowsTable(rows: readonly HistoryRow[], style: Style): string {
  const cells: string[][] = [['from', 'to', 'status', 'basis', 'events']];
  const notes = new Map<number, string[]>();
  for (const r of rows) {
    cells.push([
      r.from ?? '…',
      r.to ?? 'now',
      style.status(r.status, r.status.toUpperCase()),
      r.basisText,
      r.events.join('; '),
    ]);
    notes.set(cells.length - 1, qualifiers(r, style));
  }
  return table(cells)
    .split('\n')
    .flatMap((line, i) => [line, ...(notes.get(i) ?? [])])
    .join('\n');
}

/** A crossing's history as text: when it first opened, then a table of its stretches, each part's below, then the legend. */
export function formatHistory(h: History, style: Style, titleOf: TitleOf): string {
  const v = historyView(h, titleOf);
  const opened = v.firstOpen;
  const lines = [
    style.bold(v.title) + style.dim(`  every status on record (${v.method})`),
    opened
      ? `first open ${opened.from ? `on ${opened.from}` : 'as far back as the ledger knows'}${opened.events.length ? ` (${opened.events.join('; ')})` : ''}`
      : 'never open on record',
    '',
    v.rows.length ? rowsTable(v.rows, style) : style.dim('nothing in the ledger covers this crossing'),
  ];
  if (v.parts.length)
    lines.push(
      '',
      style.dim('above: the rolled-up answer (mixed where the parts differ); below: each part’s own history'),
    );
  for (const p of v.parts)
    lines.push(
      '',
      style.bold(p.title),
      p.rows.length ? rowsTable(p.rows, style) : style.dim('nothing recorded'),
    );
  if (v.legend.length) lines.push('', ...v.legend.map((w) => style.dim(w)));
  return lines.join('\n');
}
