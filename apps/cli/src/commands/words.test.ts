import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLedger } from '@hutong/data';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cliEnv, copySeeded, HUTONG_BIN, hutongOn } from '../test-support/hutong-binary';

// Issue 26: words a reader can quote, from the real binary on a copy of the seeded store.
const store = copySeeded(inject('seededDataDir'));
const hutong = hutongOn(store.dir);
afterAll(store.remove);

const ledger = loadLedger();
// Every id a reader should see as a title instead; actor ids may stay (in a crossing's key).
const ids = [
  ...ledger.events.map((e) => e.id),
  ...ledger.sources.map((s) => s.id),
  ...ledger.regulations.map((r) => r.id),
  ...ledger.figures.map((f) => f.id),
];

const Q = ['--host', 'wechat', '--capability', 'link.open', '--target', 'taobao', '--surface', 'group-chat'];
/** Every query command's text output on the curated ledger (`events` keeps its id column: `hutong event` takes it). */
const TEXT_COMMANDS: string[][] = [
  ['decide', ...Q, '--at', '2021-10-15'],
  ['decide', '--host', 'wechat', '--capability', 'link.open', '--target', 'alibaba', '--at', '2021-10-15'],
  ['history', ...Q],
  ['diff', '--from', '2021-06-01', '--to', '2021-12-01'],
  ['compliance', '--at', '2021-10-15'],
  ['compliance', '--at', '2022-02-07'],
  ['what-if', '--without', '2021-11-29-wechat-opens-private-chat-links', '--at', '2021-12-01'],
  ['why-not', ...Q, '--at', '2021-10-15', '--want', 'open'],
  ['event', '2013-11-wechat-blocks-taobao-links'],
  ['source', 'zimubang-2021-11-29-wechat-goldmine'],
  ['figures'],
  ['actors'],
];

describe('every command names events, rules, sources, regulations and figures by title', () => {
  it.each(TEXT_COMMANDS.map((argv) => [argv.join(' '), argv] as const))('hutong %s', (_, argv) => {
    const r = hutong(...argv);
    expect(r.code, r.stderr).toBe(0);
    const shown = ids.filter((id) => r.stdout.includes(id));
    expect(shown).toEqual([]);
    expect(r.stdout).not.toMatch(/#\d+\b/);
  });

  it('a decision cites its rule by the event’s title, and explains its words in a legend', () => {
    const r = hutong('decide', ...Q, '--at', '2021-10-15');
    expect(r.stdout).toMatch(/^rule .*\[WeChat blocks Taobao links, and the Alibaba–Tencent walls go up\]$/m);
    expect(r.stdout).toMatch(/\(less specific\)$/m);
    expect(r.stdout).toMatch(/^words\n {2}blocked — does not work in place/m);
    expect(r.stdout).toMatch(/^ {2}less specific — /m);
    expect(r.stdout).toMatch(/^ {2}disputed — sources disagree/m);
  });
});

describe('legends under text tables', () => {
  it('history and compliance explain every status and basis they show', () => {
    const history = hutong('history', ...Q).stdout;
    expect(history).toMatch(/^blocked — does not work in place/m);
    expect(history).toMatch(/^inherited — from a broader rule/m);
    expect(history).toMatch(/^uncertain window — /m);
    const compliance = hutong('compliance', '--at', '2021-10-15').stdout;
    expect(compliance).toMatch(/^direct — a rule names this host, surface and target$/m);
    expect(compliance).toMatch(/^inherited — /m);
  });
});

describe('CLI snags a newcomer met', () => {
  it('`hutong export --format json | head` ends quietly with exit 0', () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${HUTONG_BIN}" export --format json | head -c 20; exit "\${PIPESTATUS[0]}"`,
      ],
      { env: cliEnv(store.dir), encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\{/);
  });

  it('events, diff, actors and figures print column headers; confidence is never blank', () => {
    const events = hutong('events', '--from', '2021-07-01', '--to', '2021-07-31').stdout;
    expect(events.split('\n')[0]).toMatch(/^date +kind +confidence +title +id/);
    expect(events).toMatch(/^2021-07-23 +regulation +confirmed +MIIT opens/m);
    expect(events).toMatch(/^confirmed — /m);
    expect(hutong('diff', '--from', '2021-06-01', '--to', '2021-12-01').stdout.split('\n')[1]).toMatch(
      /^host +surface +capability +target +change +basis +event$/,
    );
    expect(hutong('actors').stdout.split('\n')[0]).toMatch(/^id +kind +中文名 +name +owner +web hosts$/);
    expect(hutong('figures').stdout.split('\n')[0]).toMatch(/^date +actor +figure +value +source$/);
  });

  it('diff names the events in between', () => {
    const r = hutong('diff', '--from', '2021-09-01', '--to', '2021-09-20');
    expect(r.stdout).toMatch(/^\d+ events? in between\n {2}2021-09-\d\d {2}\S/m);
    expect(r.stdout).toMatch(/^ {2}2021-09-17 {2}MIIT's deadline for lifting link blocks arrives$/m);
  });

  it('`hutong decid` suggests decide', () => {
    const r = hutong('decid');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "decid" — did you mean decide\?/);
  });

  it('a URL matching no platform says so', () => {
    const r = hutong(
      'decide',
      '--url',
      'https://example.com/x',
      '--host',
      'wechat',
      '--capability',
      'link.open',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^https:\/\/example\.com\/x → no platform/m);
  });

  it('an actor with no figures says so instead of printing a blank line', () => {
    const r = hutong('figures', '--actor', 'taobao');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('no figures about taobao in the ledger');
  });

  it('the first run says it is creating the ledger, and how many events it holds; later runs do not', () => {
    const parent = mkdtempSync(join(tmpdir(), 'hutong-first-'));
    const dir = join(parent, 'data');
    try {
      const first = hutongOn(dir)('figures', '--actor', 'taobao');
      expect(first.code).toBe(0);
      expect(first.stderr).toMatch(
        /^hutong: creating the ledger in .*data \(first run\)…\nhutong: … \d+ events$/m,
      );
      expect(hutongOn(dir)('figures', '--actor', 'taobao').stderr).toBe('');
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('docs/api.md’s POST /api/edits example writes to a practice ledger, never the reader’s', () => {
    const doc = readFileSync(new URL('../../../../docs/api.md', import.meta.url), 'utf8');
    const block = /```sh\n(# On a practice ledger[\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    // `hutong` on PATH as an install puts it there, and a port of this run's own.
    const bin = mkdtempSync(join(tmpdir(), 'hutong-bin-'));
    writeFileSync(join(bin, 'hutong'), `#!/bin/sh\nexec "${process.execPath}" "${HUTONG_BIN}" "$@"\n`);
    chmodSync(join(bin, 'hutong'), 0o755);
    const port = String(30_000 + (process.pid % 20_000));
    try {
      const r = spawnSync('bash', ['-c', block!.replaceAll('3001', port)], {
        // TMPDIR: the practice ledger goes where this test removes it.
        env: { ...cliEnv(store.dir), PATH: `${bin}:${process.env.PATH}`, TMPDIR: bin },
        encoding: 'utf8',
        timeout: 180_000,
      });
      expect(r.stdout, r.stderr).toMatch(/"revision":\d+/);
      expect(hutong('source', 'caixin-2021-09-13').code).toBe(2);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
