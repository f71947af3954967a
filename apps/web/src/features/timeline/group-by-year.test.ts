import { describe, expect, it } from 'vitest';
import { groupByYear } from './group-by-year';

describe('groupByYear', () => {
  it('groups by year in ascending order and keeps order within a year', () => {
    const dates = ['2021-11-29', '2013-11-01', '2021-09-17'];
    expect(groupByYear(dates, (d) => d)).toEqual([
      { year: '2013', items: ['2013-11-01'] },
      { year: '2021', items: ['2021-11-29', '2021-09-17'] },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(groupByYear([], (d: string) => d)).toEqual([]);
  });
});
