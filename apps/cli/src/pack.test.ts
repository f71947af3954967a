import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wechatTaobaoQuestion } from '@hutong/domain/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEnv } from './test-support/hutong-binary';
import { flagsOf } from './test-support/question-flags';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'hutong-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed CLI', () => {
  it('installs with npm install -g into an empty prefix outside the repo, answers there and serves the web app', async () => {
    const npm = (...args: string[]) =>
      execFileSync('npm', args, {
        cwd: work,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 600_000,
      });
    const tarball = join(
      work,
      npm('pack', dist, '--pack-destination', work, '--silent').trim().split('\n').at(-1)!,
    );
    const prefix = join(work, 'prefix');
    npm('install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball);

    // A new directory, no workspace around it: the embedded store starts in ./.hutong there.
    const { HUTONG_DATA_DIR: _dir, ...env } = cliEnv('');
    const r = spawnSync(
      join(prefix, 'bin', 'hutong'),
      ['decide', ...flagsOf(wechatTaobaoQuestion), '--json'],
      { cwd: work, env, encoding: 'utf8', timeout: 300_000 },
    );
    // The first run creates the store and says so; nothing else is written to stderr.
    expect(r.stderr).toMatch(/^hutong: creating the ledger in \S+ \(first run\)…\nhutong: … \d+ events\n$/);
    expect(JSON.parse(r.stdout).status).toBe('open');

    // The installed `serve` serves the web app it ships, not a 404 asking for `pnpm build`.
    const server = spawn(join(prefix, 'bin', 'hutong'), ['serve', '--port', '0'], {
      cwd: work,
      env,
      stdio: 'ignore',
    });
    try {
      const file = join(work, '.hutong', 'server.json');
      const started = Date.now();
      while (!existsSync(file) && Date.now() - started < 120_000)
        await new Promise((ok) => setTimeout(ok, 100));
      const { url } = JSON.parse(readFileSync(file, 'utf8')) as { url: string };
      const page = await fetch(`${url}/actors/wechat`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);
    } finally {
      await new Promise((done) => {
        server.once('exit', done);
        server.kill('SIGTERM');
      });
    }
  });
});
