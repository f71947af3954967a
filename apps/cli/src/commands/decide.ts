import { readFile } from 'node:fs/promises';
import { todayIso } from '@hutong/domain/plain';
import { dateFlag, parseFlags } from '../args';
import type { CommandContext } from '../command-context';
import { formatDecision } from '../format/decision';
import { decideSpec } from '../spec/query-specs';
import { UsageError } from '../usage-error';
import { crossingFlags, surfaceNote } from './question-flags';

/** `hutong decide`: one question from flags, or `--batch FILE` (one JSON question per line; `-` is stdin). */
export async function decideCommand(args: string[], { read, out, io }: CommandContext) {
  const f = parseFlags(args, decideSpec.flags);
  if (f.batch !== undefined) {
    const text = f.batch === '-' ? await readStdin() : await readBatchFile(f.batch);
    // Loaded only for a batch: it validates each line with the domain's schemas.
    const { decideBatch } = await import('./decide-batch');
    return read(async (client) => {
      for (const line of await decideBatch(client, text)) out.line(line);
    });
  }
  const question = { ...crossingFlags(f), at: dateFlag(f.at ?? todayIso(), 'at') };
  return read(async (client) => {
    const decision = await client.decisions.decide.query(question);
    if (f.surface === undefined) io.stderr(surfaceNote);
    out.line(f.json ? JSON.stringify(decision, null, 2) : formatDecision(decision, out.style, f.url));
  });
}

async function readBatchFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`--batch: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
