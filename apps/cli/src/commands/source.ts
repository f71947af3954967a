import type { CommandContext } from '../command-context';
import { formatSource } from '../format/record';
import { idAndJson } from './event';

/** `hutong source ID`: one source with every event, figure and regulation citing it, and their quotes. */
export async function sourceCommand(args: string[], { read, out }: CommandContext) {
  const { id, json } = idAndJson(args, 'source');
  return read(async (client) => {
    const found = await client.sources.get.query({ id });
    out.line(json ? JSON.stringify(found, null, 2) : formatSource(found, out.style));
  });
}
