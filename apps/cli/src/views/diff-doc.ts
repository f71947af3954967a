import type { RouterOutputs } from '@hutong/client';
import { crossingLabel } from '@hutong/domain/plain';
import { type Doc, line, span } from './doc';
import { shownDate } from './evidence-doc';
import { toneOf } from './tone';

type LedgerDiff = RouterOutputs['analysis']['diff'];
type Event = RouterOutputs['events']['list']['items'][number]['event'];

/** What changed between two dates: each key whose status moved, then the events in between. */
export function diffDoc(d: LedgerDiff, events: ReadonlyMap<string, Event>): Doc {
  const doc: Doc = [
    line(
      span(
        `${d.changes.length} change${d.changes.length === 1 ? '' : 's'} from ${d.from} to ${d.to}`,
        'title',
      ),
    ),
  ];
  for (const c of d.changes)
    doc.push(
      line(
        `  ${crossingLabel(c)}  `,
        span(c.before, toneOf(c.before)),
        ' → ',
        span(c.after, toneOf(c.after)),
        span(`  ${c.basis}`, 'dim'),
        `  ${diffOnText(c)}`,
        c.rule ? span(`  [${events.get(c.rule.event)?.title.en ?? c.rule.event}]`, 'dim') : '',
      ),
    );
  doc.push([], line(span(`${d.events.length} event${d.events.length === 1 ? '' : 's'} in between`, 'title')));
  for (const id of d.events) {
    const e = events.get(id);
    doc.push(
      e
        ? line(`  ${shownDate(e.date, e.precision).padEnd(10)}  ${e.title.en}`, span(`  ${e.kind}`, 'dim'))
        : line(`  ${id}`),
    );
  }
  return doc;
}

/** When a listed change happened: its day, or its window — and whether the range saw only the window close. */
export function diffOnText(c: LedgerDiff['changes'][number]): string {
  if (!c.on.window) return `on ${c.on.date}`;
  const w = `some day between ${c.on.window.from} and ${c.on.window.to}`;
  return c.windowCloses ? `window closed ${c.on.date} (changed ${w})` : `changed ${w}`;
}
