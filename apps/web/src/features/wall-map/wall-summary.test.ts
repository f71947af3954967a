import type { WallCell } from '@hutong/domain';
import { describe, expect, it } from 'vitest';
import { wallSummary } from './wall-summary';

const axis = (id: string, camp: string) => ({ id, label: id, camp, campLabel: camp });
const cell = (status: WallCell['status'], self = false): WallCell => ({ status, since: null, self });

describe('wallSummary', () => {
  it('counts statuses and finds the host walling off most of another camp', () => {
    const rows = [axis('wechat', 'tencent'), axis('taobao', 'alibaba')];
    const cols = [axis('taobao', 'alibaba'), axis('tmall', 'alibaba'), axis('qq', 'tencent')];
    const cells = [
      cell('blocked'),
      cell('blocked'),
      cell('open'),
      cell('unknown', true),
      cell('partial'),
      cell('blocked'),
    ];
    expect(wallSummary({ rows, cols, cells })).toEqual({
      counts: { blocked: 3, friction: 0, partial: 1, mixed: 0, open: 1, unknown: 0 },
      top: { host: 'wechat', camp: 'alibaba', blocked: 2, inherited: 0, total: 2 },
    });
  });

  it('says how many of the top wall’s blocks are inherited from a company-wide rule', () => {
    const rows = [axis('wechat', 'tencent')];
    const cols = [axis('taobao', 'alibaba'), axis('tmall', 'alibaba')];
    const cells = [cell('blocked'), { ...cell('blocked'), basis: 'inherited' as const }];
    expect(wallSummary({ rows, cols, cells }).top).toEqual({
      host: 'wechat',
      camp: 'alibaba',
      blocked: 2,
      inherited: 1,
      total: 2,
    });
  });

  it('has no wall when nothing is blocked', () => {
    const rows = [axis('wechat', 'tencent')];
    const cols = [axis('taobao', 'alibaba')];
    expect(wallSummary({ rows, cols, cells: [cell('open')] }).top).toBeNull();
  });
});
