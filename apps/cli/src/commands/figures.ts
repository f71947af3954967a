import { parseFlags } from '../args';
import type { Connection } from '../connect';
import { table } from '../format/table';
import type { Output } from '../output';

/** `hutong figures [--actor ID]`: sourced numbers about the actors. */
export async function figuresCommand(args: string[], connect: () => Promise<Connection>, out: Output) {
  const f = parseFlags(args, { actor: { type: 'string' }, json: { type: 'boolean' } });
  const conn = await connect();
  try {
    const figures = await conn.client.figures.list.query({ actor: f.actor });
    if (f.json) return out.line(JSON.stringify(figures, null, 2));
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
  } finally {
    await conn.close();
  }
}
