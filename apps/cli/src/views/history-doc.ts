import type { RouterOutputs } from '@hutong/client';
import type { TitleOf } from '../ledger-titles';
import { type Doc, line, span } from './doc';
import { toneOf } from './tone';

export type History = RouterOutputs['decisions']['history'];

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - s.length));

/**
 * A crossing's history as a list, one stretch a line: its dates, status, basis and the events that set
 * it; an uncertainty window and what the rest get on a partial rollout beneath, dimmed.
 */
export function historyDoc(h: History, titleOf: TitleOf): Doc {
  const doc: Doc = [line(span('History of this crossing', 'title'))];
  if (!h.segments.length) return [...doc, line(span('  nothing recorded on any date', 'dim'))];
  for (const s of h.segments) {
    const dates = `${s.from ?? 'always'} – ${s.to ?? 'today'}`;
    doc.push(
      line(
        `  ${pad(dates, 25)} `,
        span(pad(s.status.toUpperCase(), 9), toneOf(s.status)),
        ` ${pad(s.basis, 10)}`,
        span(s.events.length ? ` [${s.events.map(titleOf).join('; ')}]` : '', 'dim'),
      ),
    );
    if (s.uncertain)
      doc.push(
        line(
          span(
            `    window ${s.uncertain.from} – ${s.uncertain.to}: changes to ${s.uncertain.after} some day in it`,
            'dim',
          ),
        ),
      );
    if (s.rest) doc.push(line(span(`    everyone else: ${s.rest.status}`, 'dim')));
  }
  return doc;
}
