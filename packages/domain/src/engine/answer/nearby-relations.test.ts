import { describe, expect, it } from 'vitest';
import type { Question } from '../../schema';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { decide } from './decide';

// Nothing is recorded for a Taobao link in a WeChat private chat; the crossings around it are.
const index = foldLedger(
  specLedger([
    { id: 'other-surface', date: '2021-03-01', changes: [rule('wechat', 'group-chat', 'taobao', 'open')] },
    {
      id: 'sibling-elsewhere',
      date: '2021-03-01',
      changes: [rule('wechat', 'moments', 'tmall', 'friction')],
    },
    { id: 'sibling', date: '2021-03-01', changes: [rule('wechat', 'private-chat', 'tmall', 'blocked')] },
    { id: 'owner', date: '2021-03-01', changes: [rule('wechat', 'group-chat', 'alibaba', 'partial')] },
    // Recorded, but only after the date asked: nothing it can say then.
    { id: 'later', date: '2023-01-01', changes: [rule('wechat', 'moments', 'taobao', 'blocked')] },
    // Another host's record is no neighbour of WeChat's.
    { id: 'qq', date: '2021-03-01', changes: [rule('qq', 'private-chat', 'taobao', 'open')] },
  ]),
);
const ask = (over: Partial<Question> = {}) =>
  decide(index, {
    host: 'wechat',
    surface: 'private-chat',
    capability: 'link.open',
    target: 'taobao',
    at: '2022-01-01',
    ...over,
  });
const listed = (over: Partial<Question> = {}) =>
  (ask(over).nearby ?? []).map((n) => [n.surface, n.target, n.relation, n.status]);

describe('nearby: the recorded crossings an unknown answer points at', () => {
  it('ranks the owner first, then siblings on the same surface before other surfaces, then the target elsewhere', () => {
    expect(ask().status).toBe('unknown');
    expect(listed()).toEqual([
      ['group-chat', 'alibaba', 'target-owner', 'partial'],
      ['private-chat', 'tmall', 'sibling-platform', 'blocked'],
      ['moments', 'tmall', 'sibling-platform', 'friction'],
      ['group-chat', 'taobao', 'other-surface', 'open'],
    ]);
  });

  it('leaves out a related crossing that is itself unknown on the date, and lists it once it is known', () => {
    expect(listed().some(([surface, target]) => surface === 'moments' && target === 'taobao')).toBe(false);
    expect(listed({ at: '2023-06-01' })).toContainEqual(['moments', 'taobao', 'other-surface', 'blocked']);
  });

  it('names the rule behind each neighbour', () => {
    const rules = (ask().nearby ?? []).map((n) => n.rule);
    expect(rules).toEqual(['owner#0', 'sibling#0', 'sibling-elsewhere#0', 'other-surface#0']);
  });

  it('asked about a company, lists the platforms it owns', () => {
    const d = ask({ surface: 'search', target: 'alibaba' });
    expect(d.status).toBe('unknown');
    expect((d.nearby ?? []).map((n) => [n.surface, n.target, n.relation])).toEqual([
      ['group-chat', 'taobao', 'target-platform'],
      ['moments', 'tmall', 'target-platform'],
      ['private-chat', 'tmall', 'target-platform'],
      ['group-chat', 'alibaba', 'other-surface'],
    ]);
  });
});
