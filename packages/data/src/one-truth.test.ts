import { diff, foldLedger } from '@hutong/domain';
import {
  dateDisagreements,
  diffDisagreements,
  disagreements,
  keysWithParents,
  opennessDisagreements,
} from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

const ledger = loadLedger();
const index = foldLedger(ledger);

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
  it('brief answers, parts, diff, compliance and the wall map equal the oracle, history equals decide, on every recorded crossing', {
    timeout: 120_000,
  }, () => {
    expect(disagreements(ledger, dates)).toEqual([]);
  });

  it('openness scores are the mean of their cells’ scores, each cell’s status the oracle’s', {
    timeout: 120_000,
  }, () => {
    const pairs = [
      ['tencent', 'alibaba'],
      ['alibaba', 'tencent'],
      ['wechat', 'taobao'],
      ['bytedance', 'alibaba'],
    ] as const;
    expect(
      opennessDisagreements(
        ledger,
        pairs,
        dates.filter((d) => d.endsWith('-01-01')),
      ),
    ).toEqual([]);
  });

  it('since and until agree with history on every recorded key and its parents', { timeout: 120_000 }, () => {
    expect(dateDisagreements(index, keysWithParents(index), dates)).toEqual([]);
  });

  it('diff dates each change inside its range, or says only a window closed there', () => {
    for (let i = 1; i < dates.length; i++)
      expect(diffDisagreements(index, dates[i - 1]!, dates[i]!)).toEqual([]);
    // 2024-09: Tmall's checkout only saw the window of its Feb 2024 change close.
    const tmall = diff(index, '2024-09-01', '2024-10-01').changes.find(
      (c) => c.host === 'tmall' && c.capability === 'payment.accept' && c.target === 'wechat-pay',
    );
    expect(tmall).toMatchObject({ windowCloses: true });
  });
});
