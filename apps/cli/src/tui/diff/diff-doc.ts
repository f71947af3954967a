import { type DiffEvent, diffView, type LedgerDiff } from '../../views/diff-view';
import { type Doc, line, span } from '../../views/doc';
import { toneOf } from '../../views/tone';

/** What changed between two dates as the diff screen lists it: each key whose status moved, then the events in between. */
export function diffDoc(d: LedgerDiff, events: ReadonlyMap<string, DiffEvent>): Doc {
  const v = diffView(d, events);
  const doc: Doc = [line(span(v.heading, 'title'))];
  for (const c of v.changes)
    doc.push(
      line(
        `  ${c.label}  `,
        span(c.before, toneOf(c.before)),
        ' → ',
        span(c.after, toneOf(c.after)),
        span(`  ${c.basis}`, 'dim'),
        `  ${c.on}`,
        c.event !== null ? span(`  [${c.event}]`, 'dim') : '',
      ),
    );
  doc.push([], line(span(v.eventsHeading, 'title')));
  for (const e of v.events)
    doc.push(
      e.event
        ? line(`  ${e.event.shownDate.padEnd(10)}  ${e.event.title}`, span(`  ${e.event.kind}`, 'dim'))
        : line(`  ${e.id}`),
    );
  return doc;
}
