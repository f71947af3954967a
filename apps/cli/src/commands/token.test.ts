import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

const dataDir = mkdtempSync(join(tmpdir(), 'hutong-cli-token-'));
const main = fileURLToPath(new URL('../main.ts', import.meta.url));
const hutongWith = (env: Record<string, string>, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, 'token', ...args], {
    env: { ...process.env, HUTONG_DATA_DIR: dataDir, NO_COLOR: '1', DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const hutong = (...args: string[]) => hutongWith({}, ...args);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('hutong token', () => {
  it('creates a token, printing it once on stdout and a warning on stderr; lists it; revokes it', () => {
    const created = hutong('create', '--role', 'editor', '--name', 'curator bot');
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^hutong_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr.trim().split('\n')).toHaveLength(1);
    expect(created.stderr).toMatch(/will not be shown again/);

    const listed = JSON.parse(hutong('list', '--json').stdout);
    expect(listed).toMatchObject([{ name: 'curator bot', role: 'editor', revokedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(token.slice(20));
    expect(hutong('list').stdout).toMatch(/curator bot/);

    const revoked = hutong('revoke', listed[0].id);
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringMatching(/^revoked /) });
    expect(JSON.parse(hutong('list', '--json').stdout)[0].revokedAt).not.toBeNull();
  });

  it('exits 2 on a bad role, an unknown id or a missing subcommand', () => {
    expect(hutong('create', '--role', 'root', '--name', 'x')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--role: "root" is not one of editor, admin/),
    });
    expect(hutong('revoke', 'abcdefabcdef')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no token/),
    });
    expect(hutong()).toMatchObject({ code: 2, stderr: expect.stringMatching(/usage: hutong token create/) });
  });

  it('manages the store where it is, whatever server HUTONG_API or --api names', () => {
    // Nothing listens at port 1: a command that went there would fail.
    const r = hutongWith({ HUTONG_API: 'http://127.0.0.1:1' }, 'list', '--json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toEqual(expect.any(Array));
  });

  it('says to stop the server or use DATABASE_URL when a server holds the data directory', () => {
    writeFileSync(
      join(dataDir, 'server.json'),
      JSON.stringify({ pid: process.pid, url: 'http://127.0.0.1:1' }),
    );
    try {
      const r = hutong('list');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/holds the data directory .*stop it .*DATABASE_URL/);
    } finally {
      rmSync(join(dataDir, 'server.json'));
    }
  });
});
