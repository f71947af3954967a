import { parseFlags } from '../args';
import type { CommandContext } from '../command-context';
import { headedTable } from '../format/headed-table';
import { actorsSpec } from '../spec/query-specs';

/** `hutong actors`: every actor with its names, owner and web hosts. */
export async function actorsCommand(args: string[], { read, out }: CommandContext) {
  const f = parseFlags(args, actorsSpec.flags);
  return read(async (client) => {
    const actors = await client.actors.list.query();
    if (f.json) return void out.line(JSON.stringify(actors, null, 2));
    out.line(
      headedTable(
        out.style,
        ['id', 'kind', '中文名', 'name', 'owner', 'web hosts'],
        actors.map((a) => [a.id, a.kind, a.name.zh, a.name.en, a.owner ?? '', a.hosts.join(' ')]),
      ),
    );
  });
}
