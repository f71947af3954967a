import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const APP = fileURLToPath(new URL('../..', import.meta.url));

export interface SpawnedServer {
  base: string;
  /** The server process's resident memory now, in bytes (from /proc). */
  rss(): number;
  stop(): Promise<void>;
}

/**
 * `pnpm start`'s server in a process of its own (as deployed: its memory and event loop are its own),
 * on an ephemeral loopback port, configured only by `env`.
 */
export async function spawnServer(env: Record<string, string>): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: APP,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (c) => {
    log += c;
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 90 s: ${log}`)), 90_000);
    child.stdout?.on('data', (c: Buffer) => {
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(String(c));
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${log}`)));
  });
  return { base, rss: () => rssOf(child), stop: () => stop(child) };
}

function rssOf(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
