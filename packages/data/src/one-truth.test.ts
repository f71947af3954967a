import { foldLedger } from '@hutong/domain';
import { disagreements, opennessDisagreements } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

const index = foldLedger(loadLedger());

/** The first of every sixth month from 2012 to 2026, plus the days the articles turn on. */
const dates = [
  ...Array.from({ length: 30 }, (_, i) => `${2012 + Math.floor(i / 2)}-${i % 2 ? '07' : '01'}-01`),
  '2013-11-15',
  '2021-09-16',
  '2021-09-17',
  '2021-10-15',
  '2021-11-29',
  '2022-01-01',
  '2023-02-01',
  '2024-09-03',
  '2025-09-24',
].sort();

describe('one truth on the curated ledger', () => {
  it('history, diff, compliance, brief answers and the wall map equal decide on every recorded crossing', () => {
    expect(disagreements(index, dates)).toEqual([]);
  });

  it('openness inputs are decide’s counted answers', { timeout: 120_000 }, () => {
    for (const [host, target] of [
      ['tencent', 'alibaba'],
      ['alibaba', 'tencent'],
      ['wechat', 'taobao'],
      ['bytedance', 'alibaba'],
    ] as const)
      for (const at of dates.filter((d) => d.endsWith('-01-01')))
        expect(opennessDisagreements(index, host, target, at)).toEqual([]);
  });
});
