import fc from 'fast-check';
import type { PolicyChangeInput } from '../schema';
import type { SpecEvent } from './ledger-fixture';

/** Generated spec events over a few real-looking crossings, for property tests (not exported: tests only). */
export const specHosts = ['wechat', 'tencent', 'taobao'] as const;
export const specTargets = ['taobao', 'tmall', 'alibaba', '*', 'wechat-pay'] as const;
export const specSurfaces = ['*', 'private-chat', 'group-chat', 'moments', 'checkout'] as const;
export const specCapabilities = ['link.open', 'payment.accept', 'ads.place'] as const;

const change: fc.Arbitrary<PolicyChangeInput> = fc.record({
  host: fc.constantFrom(...specHosts),
  surface: fc.constantFrom(...specSurfaces),
  capability: fc.constantFrom(...specCapabilities),
  target: fc.constantFrom(...specTargets),
  status: fc.constantFrom('open', 'friction', 'partial', 'blocked'),
  coverage: fc.constantFrom('all', 'all', 'some', 'trial'),
  standing: fc.constantFrom(false, false, false, false, true),
});

const year = fc.integer({ min: 2013, max: 2025 });
export const specEventArb: fc.Arbitrary<SpecEvent> = fc
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
