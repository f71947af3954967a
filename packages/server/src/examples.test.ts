import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LiveServer, startLiveServer } from './test-support/live-server';

// The examples/ callers against the real server: a TypeScript service installing the packed client
// (outside the workspace), curl, and Python's standard library.
vi.setConfig({ testTimeout: 180_000 });
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'hutong-examples-'));
const service = join(work, 'node-service');
let live: LiveServer;

beforeAll(async () => {
  live = await startLiveServer();
  // A copy, so the run leaves examples/ as it was (no tarball, node_modules or dist there).
  cpSync(join(repo, 'examples/node-service'), service, {
    recursive: true,
    filter: (src) => !/node_modules|dist|\.tgz$/.test(src),
  });
  const npm = (...args: string[]) =>
    execFileSync('npm', args, { cwd: service, stdio: 'pipe', timeout: 600_000 });
  // The client turbo built before this test (`^build`), packed as a service would receive it.
  npm('pack', join(repo, 'packages/client/dist'), '--pack-destination', service, '--silent');
  npm('install', '--no-audit', '--no-fund', '--prefer-offline');
}, 900_000);
afterAll(async () => {
  await live?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs a program without blocking this process, which serves the requests it makes. */
const run = (command: string, args: string[], cwd = repo) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(command, args, { cwd, encoding: 'utf8', timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });

describe('examples/', () => {
  it('node-service type-checks against the packed client (its @ts-expect-error lines are errors) and asks the server', async () => {
    const tsc = await run(
      process.execPath,
      [join(service, 'node_modules/typescript/bin/tsc'), '-p', '.'],
      service,
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const r = await run(process.execPath, ['dist/main.js', live.base], service);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'open',
      rule: '2021-11-29-wechat-opens-private-chat-links',
    });
  });

  it('the packed client carries no server code', async () => {
    const js = (
      await run('tar', ['-xOzf', join(service, 'hutong-client-0.0.0.tgz'), 'package/index.js'], service)
    ).stdout;
    expect(js).toMatch(/createTRPCClient/);
    expect(js).not.toMatch(/@hutong\/|pglite|initTRPC|appRouter/);
  });

  it('curl asks the REST route', async () => {
    const r = await run('sh', ['examples/curl/decide.sh', live.base]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).status).toBe('open');
  });

  it('Python with only the standard library asks the REST route', async () => {
    const r = await run('python3', ['examples/python/decide.py', live.base]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'open', since: '2021-11-29' });
  });
});
