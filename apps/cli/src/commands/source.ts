import type { CommandContext } from '../command-context';
import { formatSource } from '../format/record';
import { idAndJson } from './event';

/** `hutong source ID`: one source with every event, figure and regulation citing it, and their quotes. */
export async function sourceCommand(args: string[], { open, out }: CommandContext) {
  const { id, json } = idAndJson(args, 'source');
  const conn = await open({ reads: true });
  try {
    const found = await conn.client.sources.get.query({ id });
    out.line(json ? JSON.stringify(found, null, 2) : formatSource(found, out.style));
  } finally {
    await conn.close();
  }
}
