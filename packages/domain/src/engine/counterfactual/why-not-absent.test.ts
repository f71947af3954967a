import { describe, expect, it } from 'vitest';
import { Ledger } from '../../schema';
import { rule, specEvent } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { whyNot } from './why-not';

const name = (en: string) => ({ zh: en, en });
// A platform launched in 2020, and a wall on every WeChat link from 2015.
const index = foldLedger(
  Ledger.parse({
    actors: [
      { id: 'tencent', kind: 'company', name: name('Tencent') },
      { id: 'wechat', kind: 'platform', owner: 'tencent', name: name('WeChat') },
      { id: 'alibaba', kind: 'company', name: name('Alibaba') },
      {
        id: 'supermarket',
        kind: 'platform',
        owner: 'alibaba',
        name: name('Supermarket'),
        launched: { date: '2020-03-01', precision: 'day' },
      },
    ],
    sources: [{ id: 'spec-source', title: 'Spec', publisher: 'hutong', date: '2013-01-01', language: 'en' }],
    events: [
      specEvent({
        id: 'wall',
        date: '2015-01-01',
        changes: [rule('wechat', 'private-chat', '*', 'blocked')],
      }),
    ],
  }),
);
const question = {
  host: 'wechat',
  surface: 'private-chat',
  capability: 'link.open',
  target: 'supermarket',
} as const;

describe('why-not for a platform that did not exist yet', () => {
  it('offers no change: no record can open a crossing before its target launched', () => {
    const w = whyNot(index, { question: { ...question, at: '2019-01-01' }, want: 'open' });
    expect(w.status).toBe('unknown');
    expect(w.changes).toEqual([]);
  });

  it('once it exists, a hypothetical opening will do (lifting the wall leaves it unknown)', () => {
    const w = whyNot(index, { question: { ...question, at: '2021-01-01' }, want: 'open' });
    expect(w.status).toBe('blocked');
    expect(w.changes.map((c) => c.steps.map((s) => s.kind))).toEqual([['add']]);
  });
});
