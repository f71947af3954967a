import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('shows a date no more precisely than it is known', () => {
    expect(formatDate('2013-11-01', 'month', 'en')).toBe('Nov 2013');
    expect(formatDate('2013-01-01', 'year', 'en')).toBe('2013');
    expect(formatDate('2021-11-29', 'day', 'en')).toBe('29 Nov 2021');
  });

  it('writes Chinese dates the Chinese way', () => {
    expect(formatDate('2021-11-29', 'day', 'zh')).toBe('2021年11月29日');
    expect(formatDate('2013-11-01', 'month', 'zh')).toBe('2013年11月');
  });

  it('passes through what is not a date', () => {
    expect(formatDate('someday', 'day', 'en')).toBe('someday');
  });
});
