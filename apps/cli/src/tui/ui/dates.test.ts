import { describe, expect, it } from 'vitest';
import { addMonths, moveDate } from './dates';

describe('addMonths', () => {
  it('moves by months and years, keeping the day where the month has it', () => {
    expect(addMonths('2021-06-15', 6)).toBe('2021-12-15');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2021-06-15', -12)).toBe('2020-06-15');
  });

  it('runs the date commands', () => {
    expect(moveDate('2021-06-15', 'date.nextYear', '2026-01-01')).toBe('2022-06-15');
    expect(moveDate('2021-06-15', 'date.today', '2026-01-01')).toBe('2026-01-01');
    expect(moveDate('2021-06-15', 'move.up', '2026-01-01')).toBeNull();
  });
});
