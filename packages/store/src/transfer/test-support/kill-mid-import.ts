import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatExport, parseImport } from '@hutong/domain';
import { afterAll, beforeAll, expect } from 'vitest';
import { openStore } from '../../open-store';
import type { StoreOptions } from '../../store';
import { actor, smallLedger } from '../../test-support/fixture';
import { importRows } from '../import-rows';
import { generatedImport } from './generate-rows';

const child = fileURLToPath(new URL('./import-in-child.ts', import.meta.url));
const by = { author: 'test', reason: 'before the crash' } as const;
const ROWS = 100_000;

/** A temporary directory holding the generated 100,000-row file, for one test file. */
export function killWorkspace(): { dir: () => string; file: () => string } {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hutong-kill-'));
    writeFileSync(join(dir, 'rows.ndjson'), generatedImport(ROWS / 2));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir: () => dir, file: () => join(dir, 'rows.ndjson') };
}

/**
 * Runs the import of `file` in a child process, SIGKILLs it once `inserting()` says its INSERT is
 * writing, then checks the log is exactly as before and the store opens (PGlite: WAL recovery, and
 * the dead process's pid lock taken over) and takes new edits.
 */
export async function killMidImport(
  target: StoreOptions & { schema: string },
  file: string,
  inserting: () => Promise<boolean>,
): Promise<void> {
  const before = await openStore(target);
  await importRows(before, parseImport(formatExport(smallLedger(), 'ndjson'), 'ndjson').rows, by);
  const head = await before.head();
  const ledger = await before.ledger();
  await before.close();

  const where = target.databaseUrl ?? target.dataDir!;
  const proc = spawn(process.execPath, ['--import', 'tsx', child, where, target.schema, file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collect(proc);
  const exited = new Promise<string | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)));
  await waitFor(inserting, proc, output);
  proc.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  expect(output()).toContain(`appending ${ROWS}`);
  expect(output()).not.toContain('done');

  const after = await openStore(target);
  try {
    expect(await after.head()).toBe(head);
    expect(await after.revisions({ after: head })).toEqual([]);
    expect(await after.ledger()).toEqual(ledger);
    const rows = parseImport(JSON.stringify({ entity: 'actor', body: actor('jd') }), 'ndjson').rows;
    expect(await importRows(after, rows, by)).toMatchObject({ recorded: 1, head: head + 1 });
  } finally {
    await after.close();
  }
}

function collect(proc: ChildProcess): () => string {
  let text = '';
  const add = (b: Buffer) => {
    text += b.toString();
  };
  proc.stdout?.on('data', add);
  proc.stderr?.on('data', add);
  return () => text;
}

/** Polls `ready` until it holds; fails with the child's output if the child ends or stalls first. */
async function waitFor(ready: () => Promise<boolean>, proc: ChildProcess, output: () => string) {
  const deadline = Date.now() + 90_000;
  while (!(await ready())) {
    if (proc.exitCode !== null || proc.signalCode !== null || Date.now() > deadline)
      throw new Error(`the import ended (or stalled) before its INSERT was seen:\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
