import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateDisagreements, diffDisagreements, keysWithParents } from '../../testing/honest-dates';
import { linkRegulation, specLedger } from '../../testing/ledger-fixture';
import { disagreements, opennessDisagreements } from '../../testing/one-truth';
import { specEventArb as event } from '../../testing/spec-arbitrary';
import { foldLedger } from '../fold/fold';

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

describe('one truth: every view agrees with the plain reference decider (generated ledgers)', () => {
  it('brief answers, parts, diff, compliance and the wall map equal the oracle, history equals decide, on every recorded crossing', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 25 }), (events) => {
        expect(disagreements(specLedger(events, [linkRegulation()]), dates)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('openness scores are the mean of their cells’ scores, each cell’s status the oracle’s', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 25 }), (events) => {
        const ledger = specLedger(events, [linkRegulation()]);
        expect(opennessDisagreements(ledger, [['tencent', 'alibaba']], dates)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('since and until agree with history on every key and its parents, until always after the date asked', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 25 }), (events) => {
        const index = foldLedger(specLedger(events, [linkRegulation()]));
        expect(dateDisagreements(index, keysWithParents(index), dates)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('diff dates every change inside its range, or says only a window closed there', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 25 }), (events) => {
        const index = foldLedger(specLedger(events, [linkRegulation()]));
        for (let i = 1; i < dates.length; i++)
          expect(diffDisagreements(index, dates[i - 1]!, dates[i]!)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
