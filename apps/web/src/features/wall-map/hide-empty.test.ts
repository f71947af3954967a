import type { WallCell } from '@hutong/domain';
import { describe, expect, it } from 'vitest';
import { campSpans, hideEmpty } from './hide-empty';

const axis = (id: string, camp: string) => ({ id, label: id, camp, campLabel: camp.toUpperCase() });
const cell = (status: WallCell['status'], self = false): WallCell => ({ status, since: null, self });

describe('hideEmpty', () => {
  it('drops rows and columns where every cell is unknown or self, keeping the rest in order', () => {
    const rows = [axis('wechat', 'tencent'), axis('qq', 'tencent'), axis('taobao', 'alibaba')];
    const cols = [axis('taobao', 'alibaba'), axis('tmall', 'alibaba'), axis('wechat', 'tencent')];
    // biome-ignore format: a 3 × 3 grid reads best as one
    const cells = [
      cell('blocked'), cell('unknown'), cell('unknown', true),
      cell('unknown'), cell('unknown'), cell('unknown', true),
      cell('unknown', true), cell('unknown'), cell('open'),
    ];
    const view = hideEmpty({ rows, cols, cells });
    expect(view.rows.map((r) => r.id)).toEqual(['wechat', 'taobao']);
    expect(view.cols.map((c) => c.id)).toEqual(['taobao', 'wechat']);
    expect(view.cells.map((c) => c.status)).toEqual(['blocked', 'unknown', 'unknown', 'open']);
  });
});

describe('campSpans', () => {
  it('groups consecutive axes by camp', () => {
    const spans = campSpans([axis('a', 'x'), axis('b', 'x'), axis('c', 'y')]);
    expect(spans).toEqual([
      { camp: 'x', label: 'X', start: 0, count: 2 },
      { camp: 'y', label: 'Y', start: 2, count: 1 },
    ]);
  });
});
