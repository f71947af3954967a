import type { Ledger } from '@hutong/domain';
import { describe, expect, it } from 'vitest';
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
    expect(checkLedger(base, [{ file: '2013-11-x.yaml', id: '2013-11-x' }])).toEqual([]);
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
      where: 'actors.yaml: 3.owner',
      message: 'unknown actor "alibab"; closest known: alibaba',
    });
    expect(problems.find((p) => p.where === 'figures.yaml: 0.actor')?.message).toMatch(
      /closest known: wechat/,
    );
    expect(problems.find((p) => p.where === 'figures.yaml: 0.source.source')?.message).toMatch(/huxiu/);
  });

  it('reports duplicate ids, shared hosts and misnamed event files', () => {
    const ledger: Ledger = { ...base, actors: [...base.actors, actor('taobao', ['weixin.qq.com'])] };
    const problems = checkLedger(ledger, [{ file: 'wrong.yaml', id: '2013-11-x' }]);
    expect(problems.map((p) => p.where)).toEqual([
      'actors.yaml: 3.id',
      'actors.yaml: 3.hosts.0',
      'events/wrong.yaml: id',
    ]);
  });
});
