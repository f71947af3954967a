import { describe, expect, it } from 'vitest';
import { abbreviate, campKey, campLabels } from './camp-labels';
import type { Axis } from './wall-grid';

const axis = (id: string, camp: string, campLabel: string): Axis => ({ id, label: id, camp, campLabel });

describe('camp labels', () => {
  it('abbreviates a one-cell camp to the shortest prefix no other camp shares', () => {
    const names = ['Baidu', 'Bilibili', 'ByteDance', 'Alibaba Group'];
    expect(names.map((n) => abbreviate(n, names))).toEqual(['Ba', 'Bi', 'By', 'Al']);
    expect(abbreviate('Tencent', ['Tencent', 'Tesla'])).toBe('Ten');
    expect(abbreviate('百度', ['百度', '哔哩哔哩'])).toBe('百');
  });

  it('keeps a name that fits its cells whole, and keys the rest', () => {
    const cols = [
      axis('baidu', 'baidu', 'Baidu'),
      axis('bilibili', 'bilibili', 'Bilibili'),
      ...['taobao', 'tmall', 'ele', 'kaola', 'fliggy', 'alipay'].map((id) =>
        axis(id, 'alibaba', 'Alibaba Group'),
      ),
    ];
    const labels = campLabels(cols);
    expect(labels.map((l) => l.shown)).toEqual(['Ba', 'Bi', 'Alibaba Group']);
    expect(campKey(labels)).toEqual([
      { shown: 'Ba', name: 'Baidu' },
      { shown: 'Bi', name: 'Bilibili' },
    ]);
  });
});
