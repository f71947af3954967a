import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, explainBadDate, IsoDate, isoFromDay } from './day';

describe('dayNumber', () => {
  it('agrees with Date for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (day) => {
        const iso = isoFromDay(day);
        expect(dayNumber(iso)).toBe(day);
        expect(explainBadDate(iso)).toBeNull();
      }),
    );
  });

  it('rejects dates that do not exist, and text that is not a date', () => {
    for (const bad of [
      '2021-02-29',
      '2100-02-29',
      '2021-04-31',
      '2021-13-01',
      '2021-00-10',
      '2021-1-01',
      '20210101',
      '2021-01-0x',
      'abcd-10-15',
      '２０２１-10-15',
      '    -10-15',
      '202a-10-15',
      '-021-10-15',
      '2021-1０-15',
    ])
      expect(dayNumber(bad)).toBeNull();
    for (const bad of ['abcd-10-15', '２０２１-10-15', '    -10-15'])
      expect(IsoDate.safeParse(bad).success, bad).toBe(false);
    expect(IsoDate.safeParse('0000-01-01').error?.issues[0]?.message).toMatch(/year 0000/);
    expect(dayNumber('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
  });
});
