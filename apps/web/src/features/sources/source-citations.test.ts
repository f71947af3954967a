import { describe, expect, it } from 'vitest';
import { sourceNumber, splitByNumbers } from './source-citations';

const source = (id: string, archive: string) => ({
  id,
  title: id,
  publisher: 'p',
  date: '2024-09-03',
  language: 'zh-Hans' as const,
  archive,
});

describe('source numbers', () => {
  it('reads the number from the archive file name', () => {
    expect(sourceNumber(source('a', '002_abc.txt'))).toBe('002');
    expect(sourceNumber({})).toBeNull();
  });

  it('splits a dispute note at the numbers of known sources, and leaves other numbers alone', () => {
    const two = source('two', '002_x.txt');
    const three = source('three', '003_y.txt');
    const parts = splitByNumbers(
      '002 says 2024; 003 says no, and 999 is nobody',
      new Map([
        ['002', two],
        ['003', three],
      ]),
    );
    expect(parts).toEqual([
      { number: '002', source: two },
      ' says 2024; ',
      { number: '003', source: three },
      ' says no, and 999 is nobody',
    ]);
  });
});
