import { describe, expect, it } from 'vitest';
import { defaultRival, opennessSteps, percent } from './openness-steps';

describe('opennessSteps', () => {
  it('keeps the first point and each change', () => {
    const points = [
      { date: '2021-01-01', value: null },
      { date: '2021-02-01', value: 0 },
      { date: '2021-03-01', value: 0 },
      { date: '2021-04-01', value: 60 },
    ];
    expect(opennessSteps(points).map((p) => p.date)).toEqual(['2021-01-01', '2021-02-01', '2021-04-01']);
  });

  it('keeps a month whose recorded share moves although the index does not', () => {
    const points = [
      { date: '2021-01-01', value: 0, recorded: 0.1 },
      { date: '2021-02-01', value: 0, recorded: 0.2 },
      { date: '2021-03-01', value: 0, recorded: 0.2 },
    ];
    expect(opennessSteps(points).map((p) => p.date)).toEqual(['2021-01-01', '2021-02-01']);
    expect([percent(0.006), percent(0.153)]).toEqual(['0.6 %', '15 %']);
  });
});

describe('defaultRival', () => {
  it('faces each camp to the other', () => {
    expect(defaultRival(['wechat', 'tencent'])).toBe('alibaba');
    expect(defaultRival(['taobao', 'alibaba'])).toBe('tencent');
  });
});
