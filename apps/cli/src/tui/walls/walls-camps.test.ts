import { describe, expect, it } from 'vitest';
import { axesOf } from './walls-axes';
import { wallLine, withRecords } from './walls-camps';
import type { CellResult } from './walls-cell';

const camps: Record<string, string> = { taobao: 'alibaba', tmall: 'alibaba', wechat: 'tencent' };
const camp = (id: string) => camps[id] ?? id;
const answer = (status: 'open' | 'blocked' | 'unknown'): CellResult => ({ status, since: null, self: false });
const self: CellResult = { status: 'unknown', since: null, self: true };

describe('walls by camp', () => {
  it('takes rows, columns and camps as the server lays them out', () => {
    const { axes, camp: campOf } = axesOf({
      question: {
        at: '2021-12-01',
        surface: 'private-chat',
        capability: 'link.open',
        columns: 'platforms',
        detail: 'cell',
      },
      hosts: [{ id: 'wechat', camp: 'tencent' }],
      targets: [
        { id: 'taobao', camp: 'alibaba' },
        { id: 'tmall', camp: 'alibaba' },
      ],
      cells: [answer('blocked'), answer('open')],
    });
    expect(axes).toEqual({ hosts: ['wechat'], targets: ['taobao', 'tmall'] });
    expect(campOf('tmall')).toBe('alibaba');
    expect(campOf('jd')).toBe('jd');
  });

  it('keeps only rows and columns with something recorded', () => {
    const axes = { hosts: ['wechat', 'taobao'], targets: ['taobao', 'tmall', 'wechat'] };
    const results = [answer('blocked'), answer('unknown'), self, self, answer('unknown'), answer('unknown')];
    expect(withRecords(axes, results)).toEqual({ hosts: ['wechat'], targets: ['taobao'] });
  });

  it('names the host that walls off most of another camp', () => {
    const axes = { hosts: ['wechat'], targets: ['taobao', 'tmall'] };
    const line = wallLine(axes, (_, t) => answer(t === 'taobao' ? 'blocked' : 'open'), camp);
    expect(line).toEqual({ host: 'wechat', camp: 'alibaba', blocked: 1, total: 2 });
  });
});
