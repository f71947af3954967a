import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = fileURLToPath(new URL('../apps/cli/', import.meta.url));
const bin = join(cliDir, 'dist/lib/hutong.js');
const question = ['decide', '--host', 'wechat', '--surface', 'private-chat', '--capability', 'link.open'];
const ask = [...question, '--target', 'taobao', '--at', '2021-12-01', '--json'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Wall time of one run of the built CLI, as a user's shell would see it. */
function timed(args: string[], env: NodeJS.ProcessEnv): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`hutong ${args.slice(1).join(' ')} failed: ${r.stderr}`);
  return ms;
}

const runs = (n: number, args: string[], env: NodeJS.ProcessEnv) =>
  Number(median(Array.from({ length: n }, () => timed(args, env))).toFixed(0));

/**
 * The built CLI's start-up, median of several fresh processes each: `--help`; `decide` on the embedded
 * store (an existing one, from its ledger snapshot: what every run after the first pays); `decide`
 * against a running server; and, for scale, bare `node` and the first run that creates and seeds the store.
 */
export async function benchCli() {
  // Always from the current sources: a stale dist/ would measure old code.
  execFileSync(process.execPath, ['--import', 'tsx', 'build.ts'], { cwd: cliDir, stdio: 'ignore' });
  if (!existsSync(bin)) throw new Error(`${bin} was not built`);
  const { HUTONG_API: _a, DATABASE_URL: _d, ...base } = process.env;
  const dataDir = mkdtempSync(join(tmpdir(), 'hutong-bench-cli-'));
  const env = { ...base, HUTONG_DATA_DIR: dataDir, NO_COLOR: '1' };
  try {
    const firstRunMs = Number(timed([bin, ...ask], env).toFixed(0));
    const nodeStartMs = runs(7, ['-e', '0'], env);
    const helpMs = runs(7, [bin, '--help'], env);
    const decideColdMs = runs(7, [bin, ...ask], env);
    const server = spawn(process.execPath, [bin, 'serve', '--port', '0'], { env, stdio: 'ignore' });
    try {
      const file = join(dataDir, 'server.json');
      while (!existsSync(file)) await new Promise((r) => setTimeout(r, 100));
      const { url } = JSON.parse(readFileSync(file, 'utf8')) as { url: string };
      timed([bin, '--api', url, ...ask], env); // the server's first answer warms it
      const decideServerMs = runs(7, [bin, '--api', url, ...ask], env);
      return { helpMs, decideColdMs, decideServerMs, nodeStartMs, firstRunMs };
    } finally {
      await new Promise((resolve) => {
        server.once('exit', resolve);
        server.kill('SIGTERM');
      });
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
