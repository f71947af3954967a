import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyChangeInput } from '../schema';
import { linkRegulation, type SpecEvent, specLedger } from '../testing/ledger-fixture';
import { disagreements, opennessDisagreements } from '../testing/one-truth';
import { foldLedger } from './fold';

const hosts = ['wechat', 'tencent', 'taobao'] as const;
const targets = ['taobao', 'tmall', 'alibaba', '*', 'wechat-pay'] as const;
const surfaces = ['*', 'private-chat', 'group-chat', 'moments', 'checkout'] as const;
const capabilities = ['link.open', 'payment.accept', 'ads.place'] as const;

const change: fc.Arbitrary<PolicyChangeInput> = fc.record({
  host: fc.constantFrom(...hosts),
  surface: fc.constantFrom(...surfaces),
  capability: fc.constantFrom(...capabilities),
  target: fc.constantFrom(...targets),
  status: fc.constantFrom('open', 'friction', 'partial', 'blocked'),
  coverage: fc.constantFrom('all', 'all', 'some', 'trial'),
  standing: fc.constantFrom(false, false, false, false, true),
});

const year = fc.integer({ min: 2013, max: 2025 });
const event: fc.Arbitrary<SpecEvent> = fc
  .record({
    y: year,
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('day', 'day', 'month', 'year'),
    window: fc.integer({ min: 0, max: 200 }),
    rumor: fc.constantFrom(false, false, false, true),
    changes: fc.array(change, { minLength: 1, maxLength: 3 }),
  })
  .map(({ y, m, d, precision, window, rumor, changes }) => {
    const mm = String(m).padStart(2, '0');
    const date =
      precision === 'year'
        ? `${y}-01-01`
        : precision === 'month'
          ? `${y}-${mm}-01`
          : `${y}-${mm}-${String(d).padStart(2, '0')}`;
    const notAfter =
      window > 150 ? new Date(Date.parse(date) + window * 86_400_000).toISOString().slice(0, 10) : undefined;
    return {
      date,
      precision,
      ...(notAfter ? { notAfter } : {}),
      ...(rumor ? { confidence: 'rumor' as const } : {}),
      changes,
    };
  });

const dates = [
  '2012-06-01',
  '2014-03-15',
  '2016-01-01',
  '2018-07-09',
  '2021-09-17',
  '2021-10-15',
  '2023-02-01',
  '2026-12-01',
];

describe('one truth: every view agrees with decide (generated ledgers)', () => {
  it('history, diff, compliance and brief answers equal decide on every recorded crossing', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 25 }), (events) => {
        const index = foldLedger(specLedger(events, [linkRegulation()]));
        expect(disagreements(index, dates)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('openness scores are the mean of decide’s counted answers', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 25 }), (events) => {
        const index = foldLedger(specLedger(events, [linkRegulation()]));
        for (const at of dates) expect(opennessDisagreements(index, 'tencent', 'alibaba', at)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
