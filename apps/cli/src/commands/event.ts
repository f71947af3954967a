import { parseArgs } from 'node:util';
import type { CommandContext } from '../command-context';
import { formatEvent } from '../format/record';
import { eventSpec } from '../spec/query-specs';
import { UsageError } from '../usage-error';

/** `hutong event ID`: one event with its policy changes, the actors it names and its sources' quotes. */
export async function eventCommand(args: string[], { open, out }: CommandContext) {
  const { id, json } = idAndJson(args, 'event');
  const conn = await open({ reads: true });
  try {
    const evidence = await conn.client.events.get.query({ id });
    const actors = await Promise.all(
      evidence.event.actors.map(async (a) => (await conn.client.actors.get.query({ id: a })).actor),
    );
    if (json) return void out.line(JSON.stringify({ ...evidence, actors }, null, 2));
    out.line(formatEvent(evidence, actors, out.style));
  } finally {
    await conn.close();
  }
}

/** The one ID a record command takes, and `--json`. */
export function idAndJson(args: string[], what: 'event' | 'source') {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.replace(/\. To specify.*$/s, '') : String(err));
  }
  const [id, ...extra] = parsed.positionals;
  if (!id)
    throw new UsageError(
      `${what} needs an ID (hutong ${what === 'event' ? 'events' : 'sources'} lists them)`,
    );
  if (extra.length > 0) throw new UsageError(`${what} takes one ID, not also "${extra.join(' ')}"`);
  return { id, json: parsed.values.json ?? false };
}

const parse = (args: string[]) =>
  parseArgs({ args, strict: true, allowPositionals: true, options: eventSpec.flags });
