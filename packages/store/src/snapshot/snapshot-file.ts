import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ledger } from '@hutong/domain';
import { z } from 'zod';
import type { LedgerSnapshot } from '../ledger-query';

/**
 * The folded-from ledger at the embedded store's head, beside PGlite's files, so a process that only
 * reads (a CLI question) can answer without starting PGlite. The store removes it before each append
 * and writes it again once no append is in flight, so a file that exists always matches the log; `key`
 * names the seed it was made with (a process whose seed differs must open the store, which reseeds).
 */
const SnapshotFile = z.object({
  version: z.literal(1),
  key: z.string(),
  head: z.number().int().min(0),
  ledger: Ledger,
});

export const snapshotPath = (dataDir: string) => join(dataDir, 'ledger-snapshot.json');

/** The snapshot in `dataDir` made with `key`, or null (none, another key, or unreadable). */
export function readLedgerSnapshot(dataDir: string, key: string): LedgerSnapshot | null {
  let text: string;
  try {
    text = readFileSync(snapshotPath(dataDir), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = SnapshotFile.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.key !== key) return null;
    return { ledger: parsed.data.ledger, head: parsed.data.head };
  } catch {
    return null;
  }
}

/** Writes atomically (a reader sees the old file or the new one, never half of one). */
export function writeLedgerSnapshot(dataDir: string, key: string, snap: LedgerSnapshot): void {
  const path = snapshotPath(dataDir);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ version: 1, key, head: snap.head, ledger: snap.ledger }));
  renameSync(tmp, path);
}

export function dropLedgerSnapshot(dataDir: string): void {
  rmSync(snapshotPath(dataDir), { force: true });
}

/** The head and key of the file, without parsing the ledger, to tell whether it needs rewriting. */
export function snapshotStamp(dataDir: string): { key: string; head: number } | null {
  try {
    const { key, head } = z
      .object({ key: z.string(), head: z.number() })
      .parse(JSON.parse(readFileSync(snapshotPath(dataDir), 'utf8')));
    return { key, head };
  } catch {
    return null;
  }
}
