import { describe, expect, it } from 'vitest';
import { monthSteps, stepIndex } from './month-steps';

describe('monthSteps', () => {
  it('runs month by month across a year end and ends on today', () => {
    expect(monthSteps('2020-11-01', '2021-02-15')).toEqual([
      '2020-11-01',
      '2020-12-01',
      '2021-01-01',
      '2021-02-01',
      '2021-02-15',
    ]);
  });

  it('does not repeat today when today is a first of the month', () => {
    expect(monthSteps('2021-01-01', '2021-02-01')).toEqual(['2021-01-01', '2021-02-01']);
  });
});

describe('stepIndex', () => {
  const steps = monthSteps('2021-01-01', '2021-12-31');
  it('finds the stop at or before a date', () => {
    expect(steps[stepIndex(steps, '2021-06-01')]).toBe('2021-06-01');
    expect(steps[stepIndex(steps, '2021-06-20')]).toBe('2021-06-01');
    expect(stepIndex(steps, '2000-01-01')).toBe(0);
    expect(steps[stepIndex(steps, '2030-01-01')]).toBe('2021-12-31');
  });
});
