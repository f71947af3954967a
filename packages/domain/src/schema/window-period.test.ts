import { describe, expect, it } from 'vitest';
import { windowIsPeriod } from './window-period';

describe('windowIsPeriod', () => {
  it('is true only when the window is exactly the month or year its precision names', () => {
    expect(windowIsPeriod({ precision: 'month', window: { from: '2013-11-01', to: '2013-11-30' } })).toBe(
      true,
    );
    expect(windowIsPeriod({ precision: 'year', window: { from: '2014-01-01', to: '2014-12-31' } })).toBe(
      true,
    );
    // "More than half a year later": a year-precision event with a narrower window of its own.
    expect(windowIsPeriod({ precision: 'year', window: { from: '2022-08-01', to: '2023-01-31' } })).toBe(
      false,
    );
    expect(windowIsPeriod({ precision: 'day', window: { from: '2021-11-30', to: '2024-09-03' } })).toBe(
      false,
    );
    expect(windowIsPeriod({ precision: 'month' })).toBe(false);
  });
});
