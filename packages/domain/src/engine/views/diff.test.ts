import { describe, expect, it } from 'vitest';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { diff } from './diff';

const index = foldLedger(
  specLedger([
    { id: 'wall', date: '2013-07-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
    { id: 'restated', date: '2021-07-15', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
    { id: 'private', date: '2021-09-17', changes: [rule('wechat', 'private-chat', 'taobao', 'friction')] },
    { id: 'opened', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
  ]),
);

describe('diff', () => {
  it('lists crossings whose decided status changed, with before and after, and the events in between', () => {
    const d = diff(index, '2021-06-01', '2021-12-01');
    // Before its own rule, the private chat inherited the every-surface wall: blocked, not unknown.
    expect(d.changes.map((c) => [c.surface, c.before, c.after, c.basis])).toEqual([
      ['private-chat', 'blocked', 'open', 'direct'],
    ]);
    expect(d.events).toEqual(['restated', 'private', 'opened']);
  });

  it('is empty when nothing changed status', () => {
    expect(diff(index, '2014-01-01', '2021-08-01').changes).toEqual([]);
  });
});
