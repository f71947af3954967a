import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso } from '@hutong/domain';
import { wechatTaobaoQuestion } from '@hutong/domain/testing';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copySeeded, hutongOn } from '../test-support/hutong-binary';
import { flagsOf } from '../test-support/question-flags';

const store = copySeeded(inject('seededDataDir'));
const hutong = hutongOn(store.dir);
afterAll(store.remove);

const ask = ['decide', '--host', 'wechat', '--surface', 'private-chat', '--capability', 'link.open'];

describe('hutong decide', () => {
  it('says a Taobao link opens in a WeChat private chat on 2021-12-01, with the deciding event and quote', () => {
    const r = hutong(...ask, '--target', 'taobao', '--at', '2021-12-01', '--json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.status).toBe('open');
    expect(d.rule.event).toBe(d.evidence.at(-1).event.id);
    expect(d.evidence.at(-1).sources[0].quote.length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
  });

  it('says it was blocked on 2020-06-01, and unknown (not blocked) where nothing is recorded', () => {
    expect(
      JSON.parse(hutong(...ask, '--target', 'taobao', '--at', '2020-06-01', '--json').stdout).status,
    ).toBe('blocked');
    const unknown = ['decide', '--host', 'jd', '--surface', 'live-stream', '--capability', 'meeting.join'];
    expect(
      JSON.parse(hutong(...unknown, '--target', 'bilibili', '--at', '2020-01-01', '--json').stdout).status,
    ).toBe('unknown');
  });

  it('says on stderr that it answered for * when --surface is left out', () => {
    const r = hutong('decide', ...flagsOf({ ...wechatTaobaoQuestion, surface: undefined }), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).question.surface).toBe('*');
    expect(r.stderr).toMatch(/no --surface given: answered for \* \(every surface\)/);
  });

  it('answers a question on every surface by each surface the ledger names, one line per part', () => {
    const r = hutong(
      'decide',
      '--host',
      'wechat',
      '--capability',
      'link.open',
      '--target',
      'taobao',
      '--at',
      '2022-01-01',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^MIXED$/m);
    expect(r.stdout).toMatch(/wechat → taobao · private-chat {2}open/);
    expect(r.stdout).toMatch(/wechat → taobao · group-chat {2}partial/);
    expect(r.stdout).toMatch(/wechat → taobao · \* \(surfaces no rule names\) {2}blocked/);
  });

  it('exits 2 with one line naming the closest ids for an unknown actor', () => {
    const r = hutong(...ask, '--target', 'taobo', '--at', '2021-12-01');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown actor "taobo" — did you mean taobao/);
  });

  it('exits 2 naming the wrong part of an impossible date', () => {
    expect(hutong(...ask, '--target', 'taobao', '--at', '2021-02-30')).toMatchObject({
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
});

describe('hutong decide --batch', () => {
  const q = { host: 'wechat', surface: 'private-chat', capability: 'link.open', target: 'taobao' };

  it('answers line by line, skipping blank lines, a bad line getting its own error', () => {
    const file = join(store.dir, 'batch.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify({ ...q, at: '2021-12-01' }),
        '',
        '{not json',
        '   ',
        JSON.stringify({ ...q, target: 'nobody', at: '2021-12-01' }),
        JSON.stringify({ ...q, at: '2020-06-01' }),
        '',
      ].join('\n'),
    );
    const lines = hutong('decide', '--batch', file, '--json')
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.status ?? 'error')).toEqual(['open', 'error', 'error', 'blocked']);
    expect(lines[1].error).toMatch(/^line 3: not JSON/);
    expect(lines[2].error).toMatch(/line 5: target: unknown actor "nobody"/);
  });

  it('asks a question without "at" for today, as a single decide does', () => {
    const file = join(store.dir, 'today.ndjson');
    writeFileSync(file, `${JSON.stringify(q)}\n`);
    const [line] = hutong('decide', '--batch', file, '--json').stdout.trim().split('\n');
    const single = JSON.parse(hutong(...ask, '--target', 'taobao', '--json').stdout);
    expect(JSON.parse(line!)).toMatchObject({ status: single.status, since: single.since?.date ?? null });
    expect(single.question.at).toBe(todayIso());
  });
});

describe('hutong without a terminal', () => {
  it('prints help instead of opening the explorer, and exits 2 for an unknown command', () => {
    const r = hutong();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^hutong — /);
    expect(hutong('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown command "frobnicate"/),
    });
  });
});
