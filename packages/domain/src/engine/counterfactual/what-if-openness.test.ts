import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PolicyChangeInput, WhatIfInput } from '../../schema';
import { type SpecEvent, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { openness } from '../views/openness';
import { overlayLedger } from './overlay';
import { whatIf } from './what-if';

const change: fc.Arbitrary<PolicyChangeInput> = fc.record({
  host: fc.constantFrom('wechat', 'tencent', 'qq'),
  surface: fc.constantFrom('*', 'private-chat', 'group-chat', 'moments', 'checkout'),
  capability: fc.constantFrom('link.open', 'payment.accept', 'ads.place'),
  target: fc.constantFrom('taobao', 'tmall', 'alibaba', '*'),
  status: fc.constantFrom('open', 'friction', 'partial', 'blocked'),
  coverage: fc.constantFrom('all', 'all', 'trial'),
  standing: fc.constantFrom(false, false, false, true),
});
const event: fc.Arbitrary<SpecEvent> = fc
  .record({
    y: fc.integer({ min: 2015, max: 2022 }),
    m: fc.integer({ min: 1, max: 12 }),
    changes: fc.array(change, { minLength: 1, maxLength: 3 }),
  })
  .map(({ y, m, changes }) => ({ date: `${y}-${String(m).padStart(2, '0')}-15`, changes }));

describe('what-if openness', () => {
  it('equals the openness view run on the overlaid ledger, whatever is left out', () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (events, drop) => {
          const named = events.map((e, i) => ({ ...e, id: `e-${i}` }));
          const index = foldLedger(specLedger(named));
          const input = WhatIfInput.parse({
            without: named.filter((_, i) => drop[i]).map((e) => e.id),
            from: '2018-01-01',
            to: '2023-12-31',
            openness: { host: 'tencent', target: 'alibaba' },
          });
          const cf = foldLedger(overlayLedger(index.ledger, input).ledger);
          expect(whatIf(index, input).openness?.counterfactual).toEqual(
            openness(cf, 'tencent', 'alibaba', '2018-01-01', '2023-12-31'),
          );
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});
