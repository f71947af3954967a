import { parseFlags } from '../args';
import type { CommandContext } from '../command-context';
import { headedTable } from '../format/headed-table';
import { figuresSpec } from '../spec/query-specs';

/** `hutong figures [--actor ID]`: sourced numbers about the actors. */
export async function figuresCommand(args: string[], { read, out }: CommandContext) {
  const f = parseFlags(args, figuresSpec.flags);
  return read(async (client) => {
    const figures = await client.figures.list.query({ actor: f.actor });
    if (f.json) return void out.line(JSON.stringify(figures, null, 2));
    if (!figures.length)
      return void out.line(out.style.dim(`no figures${f.actor ? ` about ${f.actor}` : ''} in the ledger`));
    const titles = new Map((await client.sources.list.query()).map((s) => [s.id, s.title]));
    out.line(
      headedTable(
        out.style,
        ['date', 'actor', 'figure', 'value', 'source'],
        figures.map((x) => [
          x.date.slice(0, x.precision === 'day' ? 10 : x.precision === 'month' ? 7 : 4),
          x.actor,
          x.label.en,
          `${x.value} ${x.unit}`,
          titles.get(x.source.source) ?? x.source.source,
        ]),
      ),
    );
  });
}
