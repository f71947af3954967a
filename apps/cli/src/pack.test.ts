import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
  it('installs with npm install -g into an empty prefix outside the repo and answers there', () => {
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
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).status).toBe('open');
  });
});
