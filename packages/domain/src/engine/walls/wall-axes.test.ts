import { describe, expect, it } from 'vitest';
import { lineage, wallAxes } from './wall-axes';

const actors = [
  { id: 'alibaba', kind: 'company' },
  { id: 'taobao', kind: 'platform', owner: 'alibaba' },
  { id: 'tmall', kind: 'platform', owner: 'alibaba' },
  { id: 'tencent', kind: 'company' },
  { id: 'wechat', kind: 'platform', owner: 'tencent' },
  { id: 'wechat-pay', kind: 'payment', owner: 'wechat' },
  { id: 'jd', kind: 'company' },
  { id: 'miit', kind: 'regulator' },
];

describe('wallAxes', () => {
  const changes = [
    { host: 'wechat', target: 'alibaba', capability: 'link.open' },
    { host: 'taobao', target: 'wechat-pay', capability: 'link.open' },
    { host: 'jd', target: 'alibaba', capability: 'payment.accept' },
  ];

  it('takes hosts that have rules and targets reached directly or through their company', () => {
    expect(wallAxes(actors, changes, 'platforms', 'link.open')).toEqual({
      hosts: ['taobao', 'wechat'],
      targets: ['taobao', 'tmall', 'wechat', 'wechat-pay'],
    });
  });

  it('follows the chosen capability, and every crossing when it has none', () => {
    expect(wallAxes(actors, changes, 'platforms', 'payment.accept')).toEqual({
      hosts: ['jd'],
      targets: ['taobao', 'tmall', 'jd'],
    });
    expect(wallAxes(actors, changes, 'platforms', 'ads.place').hosts).toEqual(['taobao', 'jd', 'wechat']);
  });

  it('can show companies as columns', () => {
    expect(wallAxes(actors, changes, 'companies', 'link.open').targets).toEqual(['alibaba', 'tencent']);
  });
});

describe('lineage', () => {
  it('climbs owners nearest first', () => {
    expect(lineage(new Map(actors.map((a) => [a.id, a])), 'wechat-pay')).toEqual([
      'wechat-pay',
      'wechat',
      'tencent',
    ]);
  });
});
