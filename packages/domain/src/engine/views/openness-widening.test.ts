import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WhatIfInput } from '../../schema';
import { specLedger } from '../../testing/ledger-fixture';
import { specEventArb } from '../../testing/spec-arbitrary';
import { companyPairs, monthsBetween, wideningEvent, wideningFalls, widerFor } from '../../testing/widening';
import { decide, PART } from '../answer/decide';
import { whatIf } from '../counterfactual/what-if';
import { foldLedger } from '../fold/fold';
import { opennessCells } from './openness';

const MONTHS = monthsBetween('2008-01', '2026-12');

describe('openness never falls when access only widens (generated ledgers)', () => {
  it('recomputed with any one cell widened, in every month 2008–2026, both directions, it never falls', () => {
    fc.assert(
      fc.property(fc.array(specEventArb, { minLength: 1, maxLength: 12 }), (events) => {
        const index = foldLedger(specLedger(events));
        for (const [host, target] of companyPairs(index))
          expect(wideningFalls(index, host, target, MONTHS)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('a hypothetical event widening one cell, in any month 2008–2026, either direction, never lowers the index', () => {
    fc.assert(
      fc.property(
        fc.array(specEventArb, { minLength: 1, maxLength: 10 }),
        fc.nat(MONTHS.length - 1),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (events, m, pairPick, cellPick, statusPick) => {
          const index = foldLedger(specLedger(events));
          const pairs = companyPairs(index);
          const [host, target] = pairs[pairPick % pairs.length]!;
          const at = MONTHS[m]!;
          const cells = opennessCells(index, host, target);
          const cell = cells[cellPick % cells.length]!;
          const wider = widerFor(decide(index, { ...cell, at }, PART));
          fc.pre(wider.length > 0);
          const status = wider[statusPick % wider.length]!;
          const w = whatIf(
            index,
            WhatIfInput.parse({
              with: [wideningEvent('what-if-widening', cell, status, at)],
              from: at,
              to: at,
              openness: { host, target },
            }),
          );
          const { baseline, counterfactual } = w.openness!.deltas[0]!;
          if (baseline === null) return;
          expect(counterfactual).not.toBeNull();
          expect(counterfactual!).toBeGreaterThanOrEqual(baseline);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
