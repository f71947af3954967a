import { dateFlag, parseFlags, required } from '../args';
import type { CommandContext } from '../command-context';
import { headedTable } from '../format/headed-table';
import { diffSpec } from '../spec/query-specs';

/** `hutong diff --from D1 --to D2`: every recorded crossing whose status changed, and the events between. */
export async function diffCommand(args: string[], { read, out }: CommandContext) {
  const f = parseFlags(args, diffSpec.flags);
  const from = dateFlag(required(f.from, 'from'), 'from');
  const to = dateFlag(required(f.to, 'to'), 'to');
  return read(async (client) => {
    const d = await client.analysis.diff.query({ from, to });
    if (f.json) return void out.line(JSON.stringify(d, null, 2));
    const { items } = await client.events.list.query({ limit: 5000 });
    const events = new Map(items.map(({ event }) => [event.id, event]));
    const titleOf = (id: string) => events.get(id)?.title.en ?? id;
    out.line(out.style.bold(`${d.changes.length} changes from ${from} to ${to}`));
    if (d.changes.length)
      out.line(
        headedTable(
          out.style,
          ['host', 'surface', 'capability', 'target', 'change', 'basis', 'event'],
          d.changes.map((c) => [
            c.host,
            c.surface,
            c.capability,
            c.target,
            `${out.style.status(c.before)} → ${out.style.status(c.after)}`,
            c.basis,
            c.rule ? titleOf(c.rule.event) : '',
          ]),
          d.changes.flatMap((c) => [
            ['status', c.before] as const,
            ['status', c.after] as const,
            ['basis', c.basis] as const,
          ]),
        ),
      );
    out.line('');
    out.line(out.style.bold(`${d.events.length} ${d.events.length === 1 ? 'event' : 'events'} in between`));
    for (const id of d.events) {
      const e = events.get(id);
      out.line(e ? `  ${e.date}  ${e.title.en}` : `  ${id}`);
    }
  });
}
