import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 26, item 5: a newcomer's first `pnpm start` builds the web app (tens of seconds) before it
// serves. Run on a copy of this tree with no build outputs, no turbo cache and no store — what a fresh
// checkout has — so the repo's own builds are never touched and the build really runs.
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const BUDGET_MS = 300_000;
const work = mkdtempSync(join(tmpdir(), 'hutong-first-start-'));
let child: ChildProcess | undefined;

afterAll(async () => {
  await stopGroup(child);
  rmSync(work, { recursive: true, force: true });
}, 60_000);

/** The source tree as git sees it (tracked and untracked, minus .gitignore: no dist/, .turbo/, .hutong/). */
function copySources(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], {
    cwd: REPO,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && existsSync(join(REPO, f)));
  for (const f of files) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(REPO, f), join(to, f));
  }
}

/** SIGINT to pnpm and everything under it (turbo, the server), as Ctrl-C does; then wait for it to go. */
async function stopGroup(proc: ChildProcess | undefined): Promise<void> {
  if (!proc?.pid || proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise((done) => proc.once('exit', done));
  process.kill(-proc.pid, 'SIGINT');
  const timer = setTimeout(() => proc.pid && process.kill(-proc.pid, 'SIGKILL'), 20_000);
  await gone;
  clearTimeout(timer);
}

describe('the first pnpm start (a fresh copy of the tree, loopback only)', () => {
  it(
    'shows the web build’s progress, in order, then serves the web app it built',
    async () => {
      copySources(work);
      expect(existsSync(join(work, 'apps/web/dist'))).toBe(false);
      execFileSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], {
        cwd: work,
        stdio: 'ignore',
        timeout: 180_000,
      });

      // The environment a newcomer's shell has: none of vitest's NODE_ENV, no server or store chosen,
      // and none of the turbo settings a CI run exports (TURBO_FORCE rewords "cache miss").
      const {
        NODE_ENV: _n,
        VITEST: _v,
        DATABASE_URL: _d,
        HUTONG_WEB_DIR: _w,
        HUTONG_DATA_DIR: _h,
        ...inherited
      } = process.env;
      const env = Object.fromEntries(
        Object.entries(inherited).filter(([name]) => !name.startsWith('TURBO_')),
      );
      child = spawn('pnpm', ['start'], {
        cwd: work,
        env: { ...env, PORT: '0', HOST: '127.0.0.1', TURBO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let output = '';
      child.stdout?.on('data', (c) => {
        output += c;
      });
      child.stderr?.on('data', (c) => {
        output += c;
      });
      const served = /^hutong: \d+ events, \d+ actors \(pglite\) — (http:\/\/127\.0\.0\.1:\d+)\/$/m;
      const started = Date.now();
      while (!served.test(output) && child.exitCode === null && Date.now() - started < BUDGET_MS)
        await new Promise((r) => setTimeout(r, 250));
      const url = served.exec(output)?.[1];
      expect(url, `pnpm start did not serve within ${BUDGET_MS / 1000} s:\n${output}`).toBeDefined();

      // Progress lines, in the order a reader sees them: the build starts, vite works, it finishes, the
      // server creates its store, then says where it serves.
      const at = (pattern: RegExp) => {
        const m = pattern.exec(output);
        expect(m, `${pattern} in:\n${output}`).not.toBeNull();
        return m!.index;
      };
      const steps = [
        at(/^@hutong\/web:build: cache miss, executing/m),
        at(/^@hutong\/web:build: vite v\S+ building/m),
        at(/^@hutong\/web:build: transforming/m),
        at(/^@hutong\/web:build: ✓ \d+ modules transformed/m),
        at(/^@hutong\/web:build: dist\/index\.html/m),
        at(/^@hutong\/web:build: ✓ built in/m),
        // The store is new too: seeding it takes seconds, so the server says so before it serves.
        at(/^hutong: creating the ledger in .+ \(first start\)…$/m),
        at(served),
      ];
      expect(steps).toEqual([...steps].sort((a, b) => a - b));

      // What it built is what it serves.
      expect(existsSync(join(work, 'apps/web/dist/index.html'))).toBe(true);
      const page = await fetch(`${url}/actors/wechat`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);

      await stopGroup(child);
      expect(output).not.toMatch(/could not start/);
    },
    BUDGET_MS + 240_000,
  );
});
