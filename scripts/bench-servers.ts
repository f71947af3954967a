import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';

/** The bench's PostgreSQL (loopback); a database of its own is created in it and dropped after. */
export const BENCH_PG =
  process.env.HUTONG_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function withDatabase<T>(name: string, use: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: BENCH_PG });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(BENCH_PG);
    url.pathname = `/${name}`;
    return await use(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface Running {
  base: string;
  child: ChildProcess;
  rssMB(): number;
  /** Samples RSS every `ms` until the returned function is called, which gives the highest sample. */
  watchRss(ms?: number): () => number;
  stop(): Promise<void>;
}

/**
 * Starts `node <script>` (through tsx when it is TypeScript) and waits until `/health` (or any path)
 * answers.
 */
export async function start(
  script: string,
  args: string[],
  env: Record<string, string>,
  probe = '/health',
  nodeArgs: string[] = [],
) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      ...(script.endsWith('.ts') ? ['--import', 'tsx'] : []),
      script,
      ...args.map((a) => a.replace('$PORT', String(port))),
    ],
    {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    const ok = await fetch(base + probe).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`${script} did not start`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const rssMB = () => {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : Number.NaN;
  };
  const running: Running = {
    base,
    child,
    rssMB,
    watchRss: (ms = 250) => {
      let peak = rssMB();
      const timer = setInterval(() => {
        peak = Math.max(peak, rssMB());
      }, ms);
      return () => {
        clearInterval(timer);
        return Math.max(peak, rssMB());
      };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  return running;
}

/** The API server as `pnpm start` runs it: the bundle, in production mode (built by `buildApiServer()`). */
export const API_SERVER = 'apps/api/dist/lib/main.js';

/** Builds the API server's bundle from the current sources (a stale one would measure old code). */
export function buildApiServer(): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'build.ts'], { cwd: 'apps/api', stdio: 'ignore' });
}

/** The server's limits raised so the load measures work, not the rate limiter. */
export const UNLIMITED = {
  HUTONG_REQUEST_BUDGET: '1000000000',
  HUTONG_TOKEN_BUDGET: '1000000000',
};
