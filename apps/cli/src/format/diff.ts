import { type DiffEvent, diffView, type LedgerDiff } from '../views/diff-view';
import { headedTable } from './headed-table';
import type { Style } from './style';

/** What changed between two dates as text: a table of the keys whose status moved, its legend, then the events in between. */
export function formatDiff(d: LedgerDiff, events: ReadonlyMap<string, DiffEvent>, s: Style): string {
  const v = diffView(d, events);
  const lines = [s.bold(v.heading)];
  if (v.changes.length)
    lines.push(
      headedTable(
        s,
        ['host', 'surface', 'capability', 'target', 'change', 'basis', 'event'],
        v.changes.map((c) => [
          c.key.host,
          c.key.surface,
          c.key.capability,
          c.key.target,
          `${s.status(c.before)} → ${s.status(c.after)}`,
          c.basis,
          c.event ?? '',
        ]),
      ) + (v.legend.length ? `\n\n${v.legend.map((l) => s.dim(l)).join('\n')}` : ''),
    );
  lines.push('', s.bold(v.eventsHeading));
  for (const e of v.events) lines.push(e.event ? `  ${e.event.date}  ${e.event.title}` : `  ${e.id}`);
  return lines.join('\n');
}
