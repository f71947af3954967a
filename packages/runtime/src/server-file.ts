import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * PGlite allows one process per data directory, so a server on the embedded store leaves its address
 * there and the CLI talks to it instead of failing to open the directory.
 */
const ServerFile = z.object({ pid: z.number().int(), url: z.string() });

const fileIn = (dataDir: string) => join(dataDir, 'server.json');

export function writeServerFile(dataDir: string, url: string): () => void {
  writeFileSync(fileIn(dataDir), JSON.stringify({ pid: process.pid, url }));
  return () => rmSync(fileIn(dataDir), { force: true });
}

/** The URL of a live server on this data directory, if one is running. */
export function runningServer(dataDir: string): string | null {
  let parsed: z.infer<typeof ServerFile>;
  try {
    parsed = ServerFile.parse(JSON.parse(readFileSync(fileIn(dataDir), 'utf8')));
  } catch {
    return null;
  }
  try {
    process.kill(parsed.pid, 0);
    return parsed.url;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? parsed.url : null;
  }
}
