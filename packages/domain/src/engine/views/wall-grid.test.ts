import { describe, expect, it } from 'vitest';
import type { WallCell } from '../../schema';
import { wallSummary, withRecords } from './wall-grid';

const axis = (id: string, camp: string) => ({ id, camp });
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

describe('withRecords', () => {
  it('drops rows and columns where every cell is unknown, self or not loaded, keeping the rest in order', () => {
    const rows = [axis('wechat', 'tencent'), axis('qq', 'tencent'), axis('taobao', 'alibaba')];
    const cols = [axis('taobao', 'alibaba'), axis('tmall', 'alibaba'), axis('wechat', 'tencent')];
    // biome-ignore format: a 3 × 3 grid reads best as one
    const cells = [
      cell('blocked'), cell('unknown'), cell('unknown', true),
      cell('unknown'), undefined, cell('unknown', true),
      cell('unknown', true), cell('unknown'), cell('open'),
    ];
    const view = withRecords({ rows, cols, cells });
    expect(view.rows.map((r) => r.id)).toEqual(['wechat', 'taobao']);
    expect(view.cols.map((c) => c.id)).toEqual(['taobao', 'wechat']);
    expect(view.cells.map((c) => c?.status)).toEqual(['blocked', 'unknown', 'unknown', 'open']);
  });
});

describe('wallSummary on a grid still loading', () => {
  it('counts a cell not loaded yet towards what the host could block, but under no status', () => {
    const rows = [axis('wechat', 'tencent')];
    const cols = [axis('taobao', 'alibaba'), axis('tmall', 'alibaba')];
    const summary = wallSummary({ rows, cols, cells: [cell('blocked'), undefined] });
    expect(summary.top).toEqual({ host: 'wechat', camp: 'alibaba', blocked: 1, inherited: 0, total: 2 });
    expect(summary.counts.blocked + summary.counts.unknown).toBe(1);
  });
});
