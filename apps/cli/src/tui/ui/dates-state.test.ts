import { describe, expect, it } from 'vitest';
import { datesReducer } from './dates-state';

const view = { today: '2026-01-01', height: 10, last: 30 };

describe('datesReducer', () => {
  it('moves the focused date and scrolls back to the top', () => {
    const s = { dates: ['2021-01-01', '2021-06-01'], focus: 1, top: 5 };
    expect(datesReducer(s, { command: 'date.nextMonth', view })).toEqual({
      ...s,
      dates: ['2021-01-01', '2021-07-01'],
      top: 0,
    });
    const from = datesReducer(s, { command: 'diff.focus', view });
    expect(datesReducer(from, { command: 'date.prevYear', view }).dates).toEqual([
      '2020-01-01',
      '2021-06-01',
    ]);
  });

  it('scrolls within the results', () => {
    const s = { dates: ['2021-01-01'], focus: 0, top: 0 };
    expect(datesReducer(s, { command: 'page.down', view }).top).toBe(9);
    expect(datesReducer(s, { command: 'move.last', view }).top).toBe(30);
    expect(datesReducer(s, { command: 'move.up', view }).top).toBe(0);
  });
});
