import { parseWords } from '../args';
import type { CommandContext } from '../command-context';
import { formatEvent } from '../format/record';
import { eventSpec } from '../spec/query-specs';
import { UsageError } from '../usage-error';

/** `hutong event ID`: one event with its policy changes, the actors it names and its sources' quotes. */
export async function eventCommand(args: string[], { read, out }: CommandContext) {
  const { id, json } = idAndJson(args, 'event');
  return read(async (client) => {
    const evidence = await client.events.get.query({ id });
    const actors = await Promise.all(
      evidence.event.actors.map(async (a) => (await client.actors.get.query({ id: a })).actor),
    );
    if (json) return void out.line(JSON.stringify({ ...evidence, actors }, null, 2));
    out.line(formatEvent(evidence, actors, out.style));
  });
}

/** The one ID a record command takes, and `--json`. */
export function idAndJson(args: string[], what: 'event' | 'source') {
  const parsed = parseWords(args, eventSpec.flags);
  const [id, ...extra] = parsed.positionals;
  if (!id)
    throw new UsageError(
      `${what} needs an ID (hutong ${what === 'event' ? 'events' : 'sources'} lists them)`,
    );
  if (extra.length > 0) throw new UsageError(`${what} takes one ID, not also "${extra.join(' ')}"`);
  return { id, json: parsed.values.json ?? false };
}
