import { describe, expect, it } from 'vitest';
import type { Ledger } from '../schema/ledger';
import { checkLedger } from './check-ledger';

const actor = (id: string, hosts: string[] = [], owner?: string): Ledger['actors'][number] => ({
  id,
  kind: 'platform',
  name: { zh: id, en: id },
  aliases: [],
  hosts,
  ...(owner ? { owner } : {}),
});

const base: Ledger = {
  actors: [actor('alibaba'), actor('taobao', ['taobao.com'], 'alibaba'), actor('wechat', ['weixin.qq.com'])],
  sources: [{ id: 'huxiu', title: 'T', publisher: 'P', date: '2021-07-15', language: 'zh-Hans' }],
  regulations: [],
  figures: [],
  events: [
    {
      id: '2013-11-x',
      date: '2013-11-01',
      precision: 'month',
      kind: 'block',
      title: { zh: '标', en: 'T' },
      summary: { zh: '摘', en: 'S' },
      actors: ['wechat'],
      changes: [
        {
          host: 'wechat',
          surface: '*',
          capability: 'link.open',
          target: 'taobao',
          status: 'blocked',
          standing: false,
          cause: 'host',
          friction: [],
          coverage: 'all',
        },
      ],
      confidence: 'reported',
      sources: [{ source: 'huxiu', quote: '一句' }],
    },
  ],
};

describe('checkLedger', () => {
  it('finds nothing wrong in a consistent ledger', () => {
    expect(checkLedger(base)).toEqual([]);
  });

  it('reports unknown ids with the closest known ones', () => {
    const ledger: Ledger = {
      ...base,
      actors: [...base.actors, actor('tmall', [], 'alibab')],
      figures: [
        {
          id: 'f',
          actor: 'wechta',
          metric: 'mau',
          label: { zh: '月活', en: 'MAU' },
          value: 1,
          unit: 'users',
          date: '2021-01-01',
          precision: 'day',
          source: { source: 'huxu', quote: 'q' },
        },
      ],
    };
    const problems = checkLedger(ledger);
    expect(problems).toContainEqual({
      entity: 'actor',
      index: 3,
      id: 'tmall',
      path: 'owner',
      message: 'unknown actor "alibab"; closest known: alibaba',
    });
    const at = (entity: string, path: string) => problems.find((p) => p.entity === entity && p.path === path);
    expect(at('figure', 'actor')?.message).toMatch(/closest known: wechat/);
    expect(at('figure', 'source.source')?.message).toMatch(/huxiu/);
  });

  it('reports duplicate ids and shared hosts', () => {
    const ledger: Ledger = { ...base, actors: [...base.actors, actor('taobao', ['weixin.qq.com'])] };
    expect(checkLedger(ledger).map((p) => `${p.entity} ${p.index}.${p.path}`)).toEqual([
      'actor 3.id',
      'actor 3.hosts.0',
    ]);
  });
});
