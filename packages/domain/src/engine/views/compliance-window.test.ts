import { describe, expect, it } from 'vitest';
import { linkRegulation, rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { compliance } from './compliance';

// A wall past MIIT's deadline, lifted some time in December 2021 (the source gives only the month).
const index = foldLedger(
  specLedger(
    [
      { id: 'wall', date: '2013-11-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
      {
        id: 'lifted',
        date: '2021-12-01',
        precision: 'month',
        changes: [rule('wechat', 'private-chat', 'taobao', 'open')],
      },
    ],
    [linkRegulation()],
  ),
);

describe('compliance: a breach that ends inside a change’s window', () => {
  it('ends no later than the window opens, though the status is sure only once it closes', () => {
    const [f] = compliance(index, '2021-10-01');
    expect(f).toMatchObject({ target: 'taobao', status: 'blocked', breachSince: '2021-09-17' });
    expect(f?.breachUntil).toBe('2021-12-01');
    expect(f?.daysInBreach).toBe(14);
  });

  it('the days in breach count from the deadline to the date asked', () => {
    expect(compliance(index, '2021-11-30')[0]?.daysInBreach).toBe(74);
  });
});
