import { readFile } from 'node:fs/promises';
import { Capability, Surface } from '@hutong/domain';
import { dateFlag, oneOf, parseFlags, required, today } from '../args';
import type { Connection } from '../connect';
import { formatDecision } from '../format/decision';
import type { Output } from '../output';
import { UsageError } from '../usage-error';
import { decideBatch } from './decide-batch';

const FLAGS = {
  host: { type: 'string' },
  surface: { type: 'string' },
  capability: { type: 'string' },
  target: { type: 'string' },
  url: { type: 'string' },
  at: { type: 'string' },
  batch: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `hutong decide`: one question from flags, or `--batch FILE` (one JSON question per line; `-` is stdin). */
export async function decideCommand(args: string[], connect: () => Promise<Connection>, out: Output) {
  const f = parseFlags(args, FLAGS);
  if (f.batch !== undefined) {
    const text = f.batch === '-' ? await readStdin() : await readBatchFile(f.batch);
    const conn = await connect();
    try {
      for (const line of await decideBatch(conn.client, text)) out.line(line);
    } finally {
      await conn.close();
    }
    return;
  }
  if (f.target === undefined && f.url === undefined) throw new UsageError('give --target ID or --url URL');
  if (f.target !== undefined && f.url !== undefined) throw new UsageError('give --target or --url, not both');
  const question = {
    host: required(f.host, 'host'),
    surface: oneOf(f.surface ?? '*', Surface.options, 'surface'),
    capability: oneOf(required(f.capability, 'capability'), Capability.options, 'capability'),
    ...(f.target !== undefined ? { target: f.target } : { url: f.url }),
    at: dateFlag(f.at ?? today(), 'at'),
  };
  const conn = await connect();
  try {
    const decision = await conn.client.decisions.decide.query(question);
    out.line(f.json ? JSON.stringify(decision, null, 2) : formatDecision(decision, out.style));
  } finally {
    await conn.close();
  }
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
