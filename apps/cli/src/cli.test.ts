import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Each case starts the real binary, which opens the embedded store (PGlite takes seconds to start).
vi.setConfig({ testTimeout: 60_000 });

/** The real binary, as `pnpm --silent hutong` runs it, on a fresh embedded store. */
const dataDir = mkdtempSync(join(tmpdir(), 'hutong-cli-'));
const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const hutong = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    env: { ...process.env, HUTONG_DATA_DIR: dataDir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const ask = ['decide', '--host', 'wechat', '--surface', 'private-chat', '--capability', 'link.open'];

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('hutong decide', () => {
  it('says a Taobao link opens in a WeChat private chat on 2021-12-01, with the deciding event and quote', () => {
    const r = hutong(...ask, '--target', 'taobao', '--at', '2021-12-01', '--json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.status).toBe('open');
    expect(d.rule.event).toBe(d.evidence.at(-1).event.id);
    expect(d.evidence.at(-1).sources[0].quote.length).toBeGreaterThan(0);
  });

  it('says it was blocked on 2020-06-01', () => {
    expect(
      JSON.parse(hutong(...ask, '--target', 'taobao', '--at', '2020-06-01', '--json').stdout).status,
    ).toBe('blocked');
  });

  it('says unknown, not blocked, where the ledger records nothing', () => {
    const r = hutong(
      'decide',
      '--host',
      'jd',
      '--surface',
      'live-stream',
      '--capability',
      'meeting.join',
      '--target',
      'bilibili',
      '--at',
      '2020-01-01',
      '--json',
    );
    expect(JSON.parse(r.stdout).status).toBe('unknown');
  });

  it('exits 2 with one line naming the closest ids for an unknown actor', () => {
    const r = hutong(...ask, '--target', 'taobo', '--at', '2021-12-01');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown actor "taobo" — did you mean taobao/);
  });

  it('exits 2 naming the wrong part of an impossible date', () => {
    const r = hutong(...ask, '--target', 'taobao', '--at', '2021-02-30');
    expect(r).toMatchObject({
      code: 2,
      stderr: 'hutong: --at: day 30 does not exist in 2021-02 (it has 28 days)\n',
    });
  });

  it.each(['abcd-10-15', '２０２１-10-15', '    -10-15'])(
    'exits 2 for the date %s, which is not all digits',
    (at) => {
      const r = hutong(...ask, '--target', 'taobao', '--at', at);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^hutong: --at: ".*" is not a date in YYYY-MM-DD form\n$/);
    },
  );

  it('answers a batch line by line, a bad line getting its own error', () => {
    const file = join(dataDir, 'batch.ndjson');
    const q = { host: 'wechat', surface: 'private-chat', capability: 'link.open', target: 'taobao' };
    writeFileSync(
      file,
      [
        JSON.stringify({ ...q, at: '2021-12-01' }),
        '{not json',
        JSON.stringify({ ...q, target: 'nobody', at: '2021-12-01' }),
        JSON.stringify({ ...q, at: '2020-06-01' }),
      ].join('\n'),
    );
    const lines = hutong('decide', '--batch', file, '--json')
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.status ?? 'error')).toEqual(['open', 'error', 'error', 'blocked']);
    expect(lines[2].error).toMatch(/line 3: target: unknown actor "nobody"/);
  });
});

describe('hutong without a terminal', () => {
  it('prints help instead of opening the explorer', () => {
    const r = hutong();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^hutong — /);
  });

  it('exits 2 for an unknown command', () => {
    expect(hutong('frobnicate').code).toBe(2);
  });
});
