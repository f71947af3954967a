import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkRegulation, specLedger } from '../testing/ledger-fixture';
import { oracleDisagreements, viewOracleDisagreements } from '../testing/oracle-check';
import { specEventArb as event } from '../testing/spec-arbitrary';

const dates = [
  '2012-06-01',
  '2014-03-15',
  '2016-01-01',
  '2018-07-09',
  '2021-09-16',
  '2021-09-17',
  '2021-10-15',
  '2023-02-01',
  '2026-12-01',
];

describe('the engine equals the plain reference decider', () => {
  it('on generated ledgers, on every recorded key and its parents', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 20 }), (events) => {
        expect(oracleDisagreements(specLedger(events, [linkRegulation()]), dates)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('on generated ledgers, diff and compliance list exactly the keys the oracle finds', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 20 }), (events) => {
        expect(viewOracleDisagreements(specLedger(events, [linkRegulation()]), dates)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
