import type { TitleOf } from '../../ledger-titles';
import { type Doc, line, span } from '../../views/doc';
import { type History, historyView } from '../../views/history-view';
import { toneOf } from '../../views/tone';

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - s.length));

/**
 * A crossing's history as the ask screen lists it, one stretch a line: its dates, status, basis and
 * the events that set it; an uncertainty window and what the rest get on a partial rollout beneath, dimmed.
 */
export function historyDoc(h: History, titleOf: TitleOf): Doc {
  const { rows } = historyView(h, titleOf);
  const doc: Doc = [line(span('History of this crossing', 'title'))];
  if (!rows.length) return [...doc, line(span('  nothing recorded on any date', 'dim'))];
  for (const r of rows) {
    const dates = `${r.from ?? 'always'} – ${r.to ?? 'today'}`;
    doc.push(
      line(
        `  ${pad(dates, 25)} `,
        span(pad(r.status.toUpperCase(), 9), toneOf(r.status)),
        ` ${pad(r.basis, 10)}`,
        span(r.events.length ? ` [${r.events.join('; ')}]` : '', 'dim'),
      ),
    );
    if (r.uncertain)
      doc.push(
        line(
          span(
            `    window ${r.uncertain.from} – ${r.uncertain.to}: changes to ${r.uncertain.after} some day in it`,
            'dim',
          ),
        ),
      );
    if (r.rest) doc.push(line(span(`    everyone else: ${r.rest.status}`, 'dim')));
  }
  return doc;
}
