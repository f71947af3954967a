import { Capability, EventKind } from '@hutong/domain';
import { dateFlag, oneOf, parseFlags } from '../args';
import type { CommandContext } from '../command-context';
import { headedTable } from '../format/headed-table';
import { eventsSpec } from '../spec/query-specs';

/** `hutong events`: the ledger's events in date order, filtered, each with its id (for `hutong event ID`). */
export async function eventsCommand(args: string[], { read, out }: CommandContext) {
  const f = parseFlags(args, eventsSpec.flags);
  const filter = {
    actor: f.actor,
    from: f.from === undefined ? undefined : dateFlag(f.from, 'from'),
    to: f.to === undefined ? undefined : dateFlag(f.to, 'to'),
    capability:
      f.capability === undefined ? undefined : oneOf(f.capability, Capability.options, 'capability'),
    kind: f.kind === undefined ? undefined : oneOf(f.kind, EventKind.options, 'kind'),
    limit: 5000,
  };
  return read(async (client) => {
    const { items } = await client.events.list.query(filter);
    if (f.json)
      return void out.line(
        JSON.stringify(
          items.map((i) => i.event),
          null,
          2,
        ),
      );
    const rows = items.map(({ event: e }) => [
      e.precision === 'day' ? e.date : e.precision === 'month' ? e.date.slice(0, 7) : e.date.slice(0, 4),
      e.kind,
      e.confidence,
      e.title.en,
      e.id,
    ]);
    out.line(
      rows.length
        ? headedTable(
            out.style,
            ['date', 'kind', 'confidence', 'title', 'id (for hutong event)'],
            rows,
            items.map(({ event: e }) => ['confidence', e.confidence] as const),
          )
        : out.style.dim('no events match'),
    );
  });
}
