import { describe, expect, it } from 'vitest';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { asOf } from './as-of';

describe('asOf', () => {
  const index = foldLedger(
    specLedger([
      { id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
      { id: 'again', date: '2015-01-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
      {
        id: 'pay',
        date: '2021-10-01',
        changes: [rule('taobao', 'checkout', 'wechat', 'partial', 'payment.accept')],
      },
      { id: 'talks', date: '2021-01-01', confidence: 'rumor', changes: [rule('jd', '*', 'alibaba', 'open')] },
    ]),
  );

  it('lists every recorded key in force on the date, with when its status began', () => {
    expect(
      asOf(index, '2021-12-01').map((s) => [s.rule.host, s.rule.target, s.rule.status, s.since]),
    ).toEqual([
      ['taobao', 'wechat', 'partial', '2021-10-01'],
      ['wechat', 'taobao', 'blocked', '2013-07-01'],
    ]);
  });

  it('leaves out keys whose first rule comes later, and rumors altogether', () => {
    expect(asOf(index, '2014-01-01').map((s) => s.rule.event)).toEqual(['block']);
  });
});
