import { dateFlag, parseFlags, required } from '../args';
import type { CommandContext } from '../command-context';
import { table } from '../format/table';
import { diffSpec } from '../spec/query-specs';

/** `hutong diff --from D1 --to D2`: every recorded crossing whose status changed, and the events between. */
export async function diffCommand(args: string[], { read, out }: CommandContext) {
  const f = parseFlags(args, diffSpec.flags);
  const from = dateFlag(required(f.from, 'from'), 'from');
  const to = dateFlag(required(f.to, 'to'), 'to');
  return read(async (client) => {
    const d = await client.analysis.diff.query({ from, to });
    if (f.json) return void out.line(JSON.stringify(d, null, 2));
    out.line(out.style.bold(`${d.changes.length} changes from ${from} to ${to}`));
    if (d.changes.length)
      out.line(
        table(
          d.changes.map((c) => [
            c.host,
            c.surface,
            c.capability,
            c.target,
            `${out.style.status(c.before)} → ${out.style.status(c.after)}`,
            c.basis,
            c.rule?.event ?? '',
          ]),
        ),
      );
    out.line(out.style.dim(`${d.events.length} events in between`));
  });
}
