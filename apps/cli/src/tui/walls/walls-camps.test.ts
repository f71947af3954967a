import { describe, expect, it } from 'vitest';
import { campOf, groupByCamp, wallLine, withRecords } from './walls-camps';
import type { CellResult } from './walls-cell';

const actors = [
  { id: 'alibaba' },
  { id: 'taobao', owner: 'alibaba' },
  { id: 'tmall', owner: 'taobao' },
  { id: 'tencent' },
  { id: 'wechat', owner: 'tencent' },
];
const camp = (id: string) => campOf(actors, id);
const answer = (status: 'open' | 'blocked' | 'unknown'): CellResult => ({
  ok: true,
  decision: {
    status,
    basis: 'direct',
    friction: [],
    coverage: null,
    target: 'x',
    rule: null,
    events: [],
    since: null,
    until: null,
    rumors: [],
  },
});

describe('walls by camp', () => {
  it('finds each actor’s camp and puts camps together', () => {
    expect(camp('tmall')).toBe('alibaba');
    expect(groupByCamp({ hosts: ['taobao', 'wechat', 'tmall'], targets: ['wechat'] }, camp).hosts).toEqual([
      'taobao',
      'tmall',
      'wechat',
    ]);
  });

  it('keeps only rows and columns with something recorded', () => {
    const axes = { hosts: ['wechat', 'taobao'], targets: ['taobao', 'tmall', 'wechat'] };
    const results = [
      answer('blocked'),
      answer('unknown'),
      answer('open'),
      answer('unknown'),
      answer('unknown'),
      answer('unknown'),
    ];
    expect(withRecords(axes, results)).toEqual({ hosts: ['wechat'], targets: ['taobao'] });
  });

  it('names the host that walls off most of another camp', () => {
    const axes = { hosts: ['wechat'], targets: ['taobao', 'tmall'] };
    const line = wallLine(axes, (_, t) => answer(t === 'taobao' ? 'blocked' : 'open'), camp);
    expect(line).toEqual({ host: 'wechat', camp: 'alibaba', blocked: 1, total: 2 });
  });
});
