import { parseFlags } from '../args';
import type { Connection } from '../connect';
import { table } from '../format/table';
import type { Output } from '../output';

/** `hutong actors`: every actor with its names, owner and web hosts. */
export async function actorsCommand(args: string[], connect: () => Promise<Connection>, out: Output) {
  const f = parseFlags(args, { json: { type: 'boolean' } });
  const conn = await connect();
  try {
    const actors = await conn.client.actors.list.query();
    if (f.json) return out.line(JSON.stringify(actors, null, 2));
    out.line(
      table(actors.map((a) => [a.id, a.kind, a.name.zh, a.name.en, a.owner ?? '', a.hosts.join(' ')])),
    );
  } finally {
    await conn.close();
  }
}
