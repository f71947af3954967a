import { describe, expect, it } from 'vitest';
import { linkRegulation, rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { compliance } from './compliance';

const index = foldLedger(
  specLedger(
    [
      {
        id: 'wall',
        date: '2013-07-01',
        changes: [
          rule('wechat', 'private-chat', 'taobao', 'blocked'),
          rule('wechat', 'group-chat', 'taobao', 'blocked'),
        ],
      },
      { id: 'camp', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] },
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
    const group = compliance(index, '2021-10-15').find((f) => f.surface === 'group-chat');
    expect(group).toMatchObject({
      regulation: 'link-rule',
      host: 'wechat',
      target: 'taobao',
      status: 'blocked',
      basis: 'direct',
      breachSince: '2021-09-17',
      breachUntil: '2021-11-29',
      daysInBreach: 28,
    });
    expect(group?.rule.event).toBe('wall');
  });

  it('lists a company-wide block apart, as unconfirmed, with no days in breach', () => {
    const camp = compliance(index, '2021-10-15').find((f) => f.target === 'alibaba');
    expect(camp).toMatchObject({ basis: 'inherited', breachSince: null, daysInBreach: null });
    expect(camp?.inheritedFrom).toEqual({ surface: '*', target: 'alibaba' });
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
    // The `*` crossing read alone (private chats are recorded apart) is labelled `other`: `decide` on
    // `*` rolls private chats in, and would answer differently.
    expect(compliance(index, '2021-12-01').map((f) => [f.target, f.surface])).toEqual([['alibaba', 'other']]);
  });

  it('does not check a regulation with no capability scope', () => {
    const conduct = foldLedger(
      specLedger(
        [{ date: '2013-07-01', changes: [rule('wechat', 'group-chat', 'taobao', 'blocked')] }],
        [linkRegulation({ scope: undefined, unchecked: { zh: '不查', en: 'conduct' }, forbids: [] })],
      ),
    );
    expect(compliance(conduct, '2021-10-15')).toEqual([]);
  });
});

describe('compliance: whose doing', () => {
  it('does not count a block the target caused as the host’s breach', () => {
    const gone = foldLedger(
      specLedger(
        [
          {
            date: '2013-07-01',
            changes: [{ ...rule('wechat', 'group-chat', 'taobao', 'blocked'), cause: 'target' }],
          },
        ],
        [linkRegulation()],
      ),
    );
    const [f] = compliance(gone, '2021-10-15');
    expect(f).toMatchObject({
      basis: 'direct',
      daysInBreach: null,
      breachSince: null,
      rule: { cause: 'target' },
    });
  });
});
