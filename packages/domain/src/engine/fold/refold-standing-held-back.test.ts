import { describe, expect, it } from 'vitest';
import { Event } from '../../schema';
import { answerSheet } from '../../testing/answer-sheet';
import { rule, type SpecEvent, specEvent, specLedger } from '../../testing/ledger-fixture';
import { decide } from '../answer/decide';
import { applyRevisions } from './apply-revisions';
import { foldLedger, type LedgerIndex } from './fold';

// A standing observation that Taobao links were blocked in WeChat private chats (its source speaks of
// 2013 on), a later friction rule on the same crossing, and, recorded afterwards, an earlier opening
// of Taobao links on every WeChat surface: the observation now holds only from after that opening.
const observed: SpecEvent = {
  id: 'observed',
  date: '2021-06-01',
  speaksOf: '2013-01-01',
  changes: [{ ...rule('wechat', 'private-chat', 'taobao', 'blocked'), standing: true }],
};
const friction: SpecEvent = {
  id: 'friction',
  date: '2021-09-01',
  changes: [rule('wechat', 'private-chat', 'taobao', 'friction')],
};
const opening: SpecEvent = {
  id: 'opening',
  date: '2018-01-01',
  changes: [rule('wechat', '*', 'taobao', 'open')],
};

const surfaces = ['*', 'private-chat', 'group-chat'] as const;
const sheet = (index: LedgerIndex) => answerSheet(index, { surfaces, capabilities: ['link.open'] });
const at = (index: LedgerIndex, date: string) =>
  decide(index, {
    host: 'wechat',
    surface: 'private-chat',
    capability: 'link.open',
    target: 'taobao',
    at: date,
  });

const prev = foldLedger(specLedger([observed, friction]));
// Refolded inside each test, so that each test is what runs the refold (mutation coverage is per test).
const refolded = () => {
  const body = Event.parse(specEvent(opening));
  return applyRevisions(prev, [
    { entity: 'event', id: body.id, action: 'record', body, baseRevision: null },
  ])!;
};

describe('incremental fold: a standing observation held back by a newly recorded broader rule', () => {
  it('before the revision the observation holds back to 2013', () => {
    expect(at(prev, '2014-01-01')).toMatchObject({ status: 'blocked', basis: 'inferred' });
  });

  it('moves the observation after the opening and keeps the crossing’s own later rule', () => {
    const next = refolded();
    expect(at(next, '2017-06-01').status).toBe('unknown');
    expect(at(next, '2018-01-01')).toMatchObject({ status: 'open', rule: { event: 'opening' } });
    expect(at(next, '2018-01-02')).toMatchObject({ status: 'blocked', rule: { event: 'observed' } });
    expect(at(next, '2022-01-01')).toMatchObject({ status: 'friction', rule: { event: 'friction' } });
  });

  it('answers exactly as a fresh fold of the same records', () => {
    expect(sheet(refolded())).toEqual(sheet(foldLedger(specLedger([observed, friction, opening]))));
  });
});
