import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ongoingBreach } from '@hutong/domain';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copySeeded, hutongOn } from '../test-support/hutong-binary';

const store = copySeeded(inject('seededDataDir'));
const hutong = hutongOn(store.dir);
afterAll(store.remove);

const WALLS = '2013-11-wechat-blocks-taobao-links';
const SOURCE = 'zimubang-2021-11-29-wechat-goldmine';

describe('hutong events', () => {
  it('prints each event’s id, which hutong event takes', () => {
    const r = hutong('events', '--from', '2013-01-01', '--to', '2013-12-31');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^2013-11 .* ${WALLS}$`, 'm'));
  });
});

describe('hutong event ID', () => {
  it('prints the event with its changes, actors and quoted sources', () => {
    const r = hutong('event', WALLS);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/WeChat blocks Taobao links/);
    expect(r.stdout).toMatch(/^changes\n {2}wechat · \S+ · link\.open · taobao → blocked/m);
    expect(r.stdout).toMatch(/^ {2}wechat {2}微信 \/ WeChat/m);
    expect(r.stdout).toMatch(/^ {4}“.+”$/m);
  });

  it('gives everything as JSON with --json', () => {
    const e = JSON.parse(hutong('event', WALLS, '--json').stdout);
    expect(e.event.id).toBe(WALLS);
    expect(e.actors.map((a: { id: string }) => a.id)).toEqual(e.event.actors);
    expect(e.sources[0].record.publisher.length).toBeGreaterThan(0);
  });

  it('exits 2 naming the closest ids for an unknown event, and when the ID is missing', () => {
    const r = hutong('event', '2013-11-wechat-blocks-taobao');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /unknown event "2013-11-wechat-blocks-taobao" — did you mean 2013-11-wechat-blocks-taobao-links/,
    );
    expect(hutong('event')).toMatchObject({ code: 2, stderr: expect.stringMatching(/event needs an ID/) });
  });
});

describe('hutong source ID', () => {
  it('prints the source with every event and figure citing it, with their quotes', () => {
    const r = hutong('source', SOURCE);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^events \(\d+\)$/m);
    expect(r.stdout).toMatch(/^figures \(\d+\)$/m);
    const json = JSON.parse(hutong('source', SOURCE, '--json').stdout);
    expect(json.source.id).toBe(SOURCE);
    expect(json.events.length).toBeGreaterThan(0);
    for (const e of json.events)
      expect(e.citations.every((c: { source: string }) => c.source === SOURCE)).toBe(true);
  });

  it('exits 2 naming the closest ids for an unknown source', () => {
    const r = hutong('source', 'zimubang-2021');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`unknown source "zimubang-2021" — did you mean ${SOURCE}`));
  });
});

describe('hutong compliance', () => {
  it('says an unended breach in the one wording every interface uses', () => {
    // The curated ledger records no breach without an end; an imported wall gives one.
    const wall = {
      id: '2021-08-01-wechat-walls-off-kuaishou-links',
      date: '2021-08-01',
      precision: 'day',
      kind: 'block',
      title: { zh: '测试', en: 'A test wall' },
      summary: { zh: '测试', en: 'A test wall' },
      // Kuaishou: nothing later in the curated ledger opens WeChat's group chats to it (JD's open in 2022).
      actors: ['wechat', 'kuaishou'],
      changes: [
        {
          host: 'wechat',
          surface: 'group-chat',
          capability: 'link.open',
          target: 'kuaishou',
          status: 'blocked',
        },
      ],
      confidence: 'confirmed',
      sources: [{ source: SOURCE, quote: '微信' }],
    };
    const file = join(store.dir, 'wall.ndjson');
    writeFileSync(file, `${JSON.stringify({ entity: 'event', body: wall })}\n`);
    expect(hutong('import', file).code).toBe(0);
    const r = hutong('compliance', '--at', '2021-10-15');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`wechat +group-chat +link\\.open +kuaishou +blocked .* ${ongoingBreach.en}`),
    );
  });

  it('exits 2 naming the closest ids for an unknown --regulation, instead of finding no breach', () => {
    const r = hutong('compliance', '--at', '2021-10-15', '--regulation', 'miit-2021');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown regulation "miit-2021" — did you mean miit-2021-link-blocking/);
    expect(r.stdout).toBe('');
  });
});
