import { describe, expect, it } from 'vitest';
import { linkRegulation, rule, specLedger } from '../testing/ledger-fixture';
import { compliance } from './compliance';
import { foldLedger } from './fold';

const index = foldLedger(
  specLedger(
    [
      { id: 'wall', date: '2013-07-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
      { id: 'private', date: '2021-09-17', changes: [rule('wechat', 'private-chat', 'taobao', 'friction')] },
      { id: 'group', date: '2021-11-29', changes: [rule('wechat', 'group-chat', 'taobao', 'partial')] },
      {
        id: 'pay',
        date: '2013-07-01',
        changes: [rule('taobao', 'checkout', 'wechat', 'blocked', 'payment.accept')],
      },
    ],
    [linkRegulation()],
  ),
);

describe('compliance', () => {
  it('reports the group-chat block that outlived the deadline, with its days in breach', () => {
    const findings = compliance(index, '2021-10-15');
    const group = findings.find((f) => f.surface === 'group-chat');
    expect(group).toMatchObject({
      regulation: 'link-rule',
      host: 'wechat',
      target: 'taobao',
      status: 'blocked',
      breachSince: '2021-09-17',
      breachUntil: '2021-11-29',
      daysInBreach: 28,
    });
    expect(group?.rule.event).toBe('wall');
  });

  it('does not report a surface that opened by the deadline, or a capability outside the rule', () => {
    const findings = compliance(index, '2021-10-15');
    expect(findings.map((f) => f.surface)).not.toContain('private-chat');
    expect(findings.map((f) => f.capability)).not.toContain('payment.accept');
  });

  it('reports nothing before the deadline', () => {
    expect(compliance(index, '2021-09-16')).toEqual([]);
  });

  it('ends the breach once the status changes to an allowed one', () => {
    expect(compliance(index, '2021-12-01').map((f) => f.surface)).toEqual(['*']);
  });
});
