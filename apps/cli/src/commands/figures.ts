import { parseFlags } from '../args';
import type { CommandContext } from '../command-context';
import { table } from '../format/table';
import { figuresSpec } from '../spec/query-specs';

/** `hutong figures [--actor ID]`: sourced numbers about the actors. */
export async function figuresCommand(args: string[], { read, out }: CommandContext) {
  const f = parseFlags(args, figuresSpec.flags);
  return read(async (client) => {
    const figures = await client.figures.list.query({ actor: f.actor });
    if (f.json) return void out.line(JSON.stringify(figures, null, 2));
    out.line(
      table(
        figures.map((x) => [
          x.date.slice(0, x.precision === 'day' ? 10 : x.precision === 'month' ? 7 : 4),
          x.actor,
          x.label.en,
          `${x.value} ${x.unit}`,
          x.source.source,
        ]),
      ),
    );
  });
}
