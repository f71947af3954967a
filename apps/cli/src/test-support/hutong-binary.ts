import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built CLI, as `npm install -g` installs it (turbo builds it before the tests run). */
export const HUTONG_BIN = fileURLToPath(new URL('../../dist/lib/hutong.js', import.meta.url));

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a run sees: this process's, without settings that would point it elsewhere. */
export function cliEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { HUTONG_API: _api, DATABASE_URL: _db, HUTONG_TOKEN: _token, ...rest } = process.env;
  return { ...rest, HUTONG_DATA_DIR: dataDir, NO_COLOR: '1', ...extra };
}

/** Runs the real binary on `dataDir` and waits for it. */
export function hutongOn(dataDir: string, extra: Record<string, string> = {}) {
  if (!existsSync(HUTONG_BIN)) throw new Error(`${HUTONG_BIN} is missing: build the CLI first (pnpm build)`);
  return (...args: string[]): Ran => {
    const r = spawnSync(process.execPath, [HUTONG_BIN, ...args], {
      env: cliEnv(dataDir, extra),
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
}

/** `hutong serve --port 0` on `dataDir`, resolved once it has written its address there. */
export async function serveOn(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [HUTONG_BIN, 'serve', '--port', '0'], {
    env: cliEnv(dataDir),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const file = join(dataDir, 'server.json');
  const started = Date.now();
  while (!existsSync(file)) {
    if (child.exitCode !== null) throw new Error(`hutong serve exited ${child.exitCode}: ${stderr}`);
    if (Date.now() - started > 120_000) throw new Error(`hutong serve did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const { url } = JSON.parse(readFileSync(file, 'utf8')) as { url: string };
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A private copy of the run's seeded store (see global-setup.ts), removed by the returned function. */
export function copySeeded(template: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hutong-cli-'));
  cpSync(template, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
