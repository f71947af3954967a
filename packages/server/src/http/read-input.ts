import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';
import { nestsDeeperThan } from './json-depth';

export type ReadInput =
  | { ok: true; text: string | undefined; input: unknown }
  | { ok: false; status: 400 | 413; message: string };

/**
 * A request's JSON input, read within `limit` bytes and checked for nesting deeper than `depth` before
 * it is parsed: the body of a POST, or a tRPC GET's `?input=`.
 */
export async function readInput(
  req: IncomingMessage,
  opts: { limit: number; depth: number; query: string | null },
): Promise<ReadInput> {
  let text: string | undefined;
  if (req.method === 'POST') {
    try {
      text = await getRawBody(req, { limit: opts.limit, encoding: 'utf8' });
    } catch (err) {
      return (err as { type?: string }).type === 'entity.too.large'
        ? {
            ok: false,
            status: 413,
            message: `the request body is over the limit, which is ${opts.limit} bytes`,
          }
        : { ok: false, status: 400, message: 'the request body could not be read' };
    }
  }
  const raw = text ?? opts.query ?? undefined;
  if (raw !== undefined && nestsDeeperThan(raw, opts.depth))
    return { ok: false, status: 400, message: `JSON nested deeper than ${opts.depth} levels is refused` };
  try {
    return { ok: true, text, input: raw === undefined || raw === '' ? undefined : JSON.parse(raw) };
  } catch (err) {
    const what = text === undefined ? 'the `input` parameter' : 'the body';
    return { ok: false, status: 400, message: `${what} is not JSON: ${(err as Error).message}` };
  }
}
