import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLedger, dayNumber } from '@hutong/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerDir, loadLedger } from './load-ledger';

const ledger = loadLedger();

describe('the seed ledger', () => {
  it('loads from the package ledger directory and validates', () => {
    expect(ledgerDir).toMatch(/packages[\\/]data[\\/]ledger[\\/]?$/);
    expect(ledger.actors.length).toBeGreaterThan(40);
    expect(ledger.sources).toHaveLength(5);
    expect(ledger.events.length).toBeGreaterThanOrEqual(50);
    expect(ledger.figures.length).toBeGreaterThanOrEqual(30);
  });

  it('names only ids that exist, with no duplicate ids or hosts', () => {
    expect(checkLedger(ledger)).toEqual([]);
  });

  it('gives every event at least one source with a quote', () => {
    for (const e of ledger.events) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const c of e.sources) expect(c.quote.trim().length, e.id).toBeGreaterThan(0);
    }
  });

  it('dates everything with a real date and a precision, and ids follow the date', () => {
    for (const e of ledger.events) {
      expect(dayNumber(e.date), e.id).not.toBeNull();
      // A date no source gives is the ledger's estimate: its id says so instead of claiming a date.
      const prefix = e.estimated
        ? 'undated'
        : { day: e.date, month: e.date.slice(0, 7), year: e.date.slice(0, 4) }[e.precision];
      expect(e.id.startsWith(`${prefix}-`), `${e.id} should start with ${prefix}-`).toBe(true);
      expect(e.id).toMatch(/^(\d{4}(-\d{2}){0,2}|undated)-[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    for (const f of ledger.figures) expect(dayNumber(f.date), f.id).not.toBeNull();
    for (const s of ledger.sources) expect(dayNumber(s.date), s.id).not.toBeNull();
  });

  it('marks every rumor as a rumor, and every disputed event cites more than one source', () => {
    for (const e of ledger.events) {
      if (e.kind === 'rumor') expect(e.confidence, e.id).toBe('rumor');
      if (e.disputed) expect(new Set(e.sources.map((s) => s.source)).size, e.id).toBeGreaterThan(1);
    }
  });

  it('gives every source record its archived file name', () => {
    for (const s of ledger.sources) expect(s.archive, s.id).toMatch(/\.txt$/);
  });
});

describe('a broken ledger', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const fixture = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'hutong-ledger-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'events'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const actors = `- { id: wechat, kind: platform, name: { zh: 微信, en: WeChat }, hosts: [weixin.qq.com] }
- { id: taobao, kind: platform, name: { zh: 淘宝, en: Taobao }, hosts: [taobao.com] }
`;
  const sources = `- { id: s1, title: T, publisher: P, date: 2021-01-01, language: zh-Hans }\n`;
  const event = (id: string, target: string, status = 'blocked') => `id: ${id}
date: 2013-07-01
precision: month
kind: block
title: { zh: 标题, en: Title }
summary: { zh: 摘要, en: Summary }
actors: [wechat]
confidence: reported
changes:
  - { host: wechat, surface: '*', capability: link.open, target: ${target}, status: ${status} }
sources:
  - { source: s1, quote: 一句话 }
`;

  it('names the file and the field of a schema error', () => {
    const dir = fixture({
      'actors.yaml': actors,
      'sources.yaml': sources,
      'events/2013-07-x.yaml': event('2013-07-x', 'taobao', 'shut'),
    });
    expect(() => loadLedger(dir)).toThrow(/events\/2013-07-x\.yaml: changes\.0\.status: /);
  });

  it('names the file, the field and the closest ids for an unknown id', () => {
    const dir = fixture({
      'actors.yaml': actors,
      'sources.yaml': sources,
      'events/2013-07-x.yaml': event('2013-07-x', 'taobo'),
    });
    expect(() => loadLedger(dir)).toThrow(
      /events\/2013-07-x\.yaml: changes\.0\.target: unknown actor "taobo"; closest known: taobao/,
    );
  });

  it('names the file when an event file is not named after its id', () => {
    const dir = fixture({
      'actors.yaml': actors,
      'sources.yaml': sources,
      'events/2013-07-y.yaml': event('2013-07-x', 'taobao'),
    });
    expect(() => loadLedger(dir)).toThrow(/events\/2013-07-y\.yaml: id: the file name must be the event id/);
  });

  it('names the line of a YAML syntax error', () => {
    const dir = fixture({ 'actors.yaml': `${actors}- { id: [\n`, 'sources.yaml': sources });
    expect(() => loadLedger(dir)).toThrow(/actors\.yaml: line \d+: /);
  });

  it('names an item in a list file by index and id', () => {
    const dir = fixture({
      'actors.yaml': `${actors}- { id: tmall, kind: shop, name: { zh: 天猫, en: Tmall } }\n`,
      'sources.yaml': sources,
    });
    expect(() => loadLedger(dir)).toThrow(/actors\.yaml: 2\.kind: .*\(in "tmall"\)/);
  });
});
