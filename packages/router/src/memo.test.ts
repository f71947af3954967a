import { foldLedger } from '@hutong/domain';
import { rule, specLedger } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { memoOn } from './memo';

const ledger = () =>
  specLedger([{ id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] }]);

describe('memoOn keeps an answer while its index stands', () => {
  it('makes it once per key, and afresh for a new index', () => {
    let made = 0;
    const make = () => ++made;
    const first = foldLedger(ledger());
    expect(memoOn(first, 'k', make)).toBe(1);
    expect(memoOn(first, 'k', make)).toBe(1);
    expect(memoOn(first, 'other', make)).toBe(2);
    const second = foldLedger(ledger());
    expect(memoOn(second, 'k', make)).toBe(3);
  });

  it('keeps at most 32 keys per index, dropping the oldest', () => {
    let made = 0;
    const index = foldLedger(ledger());
    for (let i = 0; i < 33; i++) memoOn(index, `k${i}`, () => ++made);
    expect(memoOn(index, 'k32', () => ++made)).toBe(33);
    expect(memoOn(index, 'k0', () => ++made)).toBe(34);
  });
});
