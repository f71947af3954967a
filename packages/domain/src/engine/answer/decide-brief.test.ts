import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecisionBrief } from '../../schema';
import { keysWithParents } from '../../testing/honest-dates';
import { linkRegulation, rule, specLedger } from '../../testing/ledger-fixture';
import { specEventArb as event } from '../../testing/spec-arbitrary';
import { foldLedger } from '../fold/fold';
import { briefOf } from './brief';
import { COUNTING, decide } from './decide';
import { decideBrief } from './decide-brief';

const dates = ['2012-06-01', '2016-01-01', '2021-09-16', '2021-09-17', '2021-10-15', '2026-12-01'];

describe('decideBrief', () => {
  it('equals the brief of the full decision, and its JSON text, on every key and date of generated ledgers', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 20 }), (events) => {
        const index = foldLedger(specLedger(events, [linkRegulation()]));
        for (const k of keysWithParents(index))
          for (const at of dates) {
            const want = briefOf(decide(index, { ...k, at }, COUNTING));
            const got = decideBrief(index, { ...k, at });
            expect(got.decision).toStrictEqual(want);
            expect(got.json).toBe(JSON.stringify(want));
            expect(DecisionBrief.parse(got.decision)).toStrictEqual(want);
          }
      }),
      { numRuns: 60 },
    );
  });

  it('shares one frozen answer between questions on the same step, and refuses a date that does not exist', () => {
    const index = foldLedger(
      specLedger([
        { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
      ]),
    );
    const q = { host: 'wechat', surface: 'private-chat', capability: 'link.open', target: 'taobao' } as const;
    const a = decideBrief(index, { ...q, at: '2022-01-01' });
    expect(decideBrief(index, { ...q, at: '2023-06-01' })).toBe(a);
    expect(a.decision.status).toBe('open');
    expect(Object.isFrozen(a.decision)).toBe(true);
    expect(decideBrief(index, { ...q, at: '2020-01-01' }).decision.status).toBe('unknown');
    expect(() => decideBrief(index, { ...q, at: '2022-02-30' })).toThrow(/not a real date/);
  });
});
