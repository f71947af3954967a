import { describe, expect, it } from 'vitest';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { decide } from '../answer/decide';
import { foldLedger } from '../fold/fold';
import { whyNot } from './why-not';

// On the day asked, WeChat walls Taobao links in private chats; nothing is recorded for Tmall.
const index = foldLedger(
  specLedger([
    { id: 'wall', date: '2021-12-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
  ]),
);
const question = {
  host: 'wechat',
  surface: 'private-chat',
  capability: 'link.open',
  target: 'alibaba',
  at: '2021-12-01',
} as const;

describe('why-not names the parts of a broad question in the way', () => {
  it('an opening of the company alone loses to the platform’s same-day wall: the opening names Taobao too, not unknown Tmall', () => {
    expect(decide(index, question).byPlatform?.map((p) => [p.target, p.status])).toEqual([
      ['taobao', 'blocked'],
      ['tmall', 'unknown'],
    ]);
    const w = whyNot(index, { question, want: 'open' });
    const adds = w.changes.filter((c) => c.steps.every((s) => s.kind === 'add'));
    expect(adds).toHaveLength(1);
    expect(adds[0]!.steps.map((s) => (s.kind === 'add' ? s.change.target : null))).toEqual([
      'alibaba',
      'taobao',
    ]);
    expect(adds[0]!.result).toBe('open');
  });

  it('names the platform’s wall as deciding its part', () => {
    const w = whyNot(index, { question, want: 'open' });
    expect(w.standing.map((s) => [s.role, s.rule.id])).toEqual([['deciding', 'wall#0']]);
  });
});

describe('why-not leaves out the parts that already have the wanted status', () => {
  it('Tmall links already open are not named in the opening; Taobao’s same-day wall is', () => {
    const both = foldLedger(
      specLedger([
        { id: 'tmall-open', date: '2020-01-01', changes: [rule('wechat', 'private-chat', 'tmall', 'open')] },
        { id: 'wall', date: '2021-12-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
      ]),
    );
    const w = whyNot(both, { question, want: 'open' });
    expect(w.status).toBe('mixed');
    const adds = w.changes.filter((c) => c.steps.every((s) => s.kind === 'add'));
    expect(adds.map((c) => c.steps.map((s) => (s.kind === 'add' ? s.change.target : null)))).toEqual([
      ['alibaba', 'taobao'],
    ]);
  });
});
