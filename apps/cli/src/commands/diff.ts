import { dateFlag, parseFlags, required } from '../args';
import type { CommandContext } from '../command-context';
import { formatDiff } from '../format/diff';
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
    out.line(formatDiff(d, new Map(items.map(({ event }) => [event.id, event])), out.style));
  });
}
