import { describe, expect, it } from 'vitest';
import { campLine, headerLines, wallsLayout } from './walls-layout';

const axes = {
  hosts: ['wechat', 'qq', 'taobao', 'xiaohongshu'],
  targets: ['alibaba', 'taobao', 'tmall', 'tencent', 'wechat', 'bytedance', 'douyin', 'pinduoduo'],
};

describe('wallsLayout', () => {
  it('fits narrow cells in 80 columns and widens them on a large terminal', () => {
    expect(wallsLayout(80, 22, axes)).toMatchObject({
      labelWidth: 12,
      cellWidth: 8,
      colsShown: 8,
      rowsShown: 4,
    });
    expect(wallsLayout(40, 22, axes)).toMatchObject({ cellWidth: 4, colsShown: 7 });
    expect(wallsLayout(200, 22, axes).cellWidth).toBe(10);
  });

  it('shows only the hosts that fit', () => {
    expect(wallsLayout(80, 11, axes).rowsShown).toBe(2);
    expect(wallsLayout(80, 11, axes, 1).rowsShown).toBe(1);
  });

  it('staggers target names over two lines so each can run over its neighbour', () => {
    const layout = { labelWidth: 2, cellWidth: 4, rowsShown: 4, colsShown: 4 };
    expect(headerLines(axes.targets, 0, layout)).toEqual(['  alibaba tmall', '      taobao  tencent']);
    expect(headerLines(axes.targets, 1, layout)[1]).toBe('  taobao  tencent');
  });

  it('names each camp over its first column, cut to the columns it spans', () => {
    const layout = { labelWidth: 2, cellWidth: 4, rowsShown: 4, colsShown: 4 };
    const camp = (id: string) => (['alibaba', 'taobao', 'tmall'].includes(id) ? 'alibaba' : 'tencent');
    expect(campLine(axes.targets, camp, 0, layout)).toBe('  ┌alibaba    ┌te');
    expect(campLine(axes.targets, camp, 2, layout)).toBe('  ┌al ┌tencent');
  });
});
