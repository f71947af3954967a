import { describe, expect, it } from 'vitest';
import { Ledger, type Question } from '../../schema';
import { rule, type SpecEvent, specEvent } from '../../testing/ledger-fixture';
import { decide } from '../answer/decide';
import { foldLedger } from './fold';

const name = (en: string) => ({ zh: en, en });
// A mini program inside WeChat, inside Tencent: its host lineage is three deep.
const ledger = (events: SpecEvent[]) =>
  Ledger.parse({
    actors: [
      { id: 'tencent', kind: 'company', name: name('Tencent') },
      { id: 'wechat', kind: 'platform', owner: 'tencent', name: name('WeChat') },
      { id: 'tencent-docs', kind: 'mini-program', owner: 'wechat', name: name('Tencent Docs') },
      { id: 'alibaba', kind: 'company', name: name('Alibaba') },
      { id: 'taobao', kind: 'platform', owner: 'alibaba', name: name('Taobao') },
    ],
    sources: [{ id: 'spec-source', title: 'Spec', publisher: 'hutong', date: '2013-01-01', language: 'en' }],
    events: events.map(specEvent),
  });
const ask = (events: SpecEvent[], over: Partial<Question> = {}) =>
  decide(foldLedger(ledger(events)), {
    host: 'tencent-docs',
    surface: 'mini-program',
    capability: 'link.open',
    target: 'taobao',
    at: '2022-01-01',
    ...over,
  });

describe('a rule of the host’s grandparent covers it', () => {
  it('a Tencent-wide wall reaches a mini program inside WeChat, though neither it nor WeChat records anything', () => {
    const d = ask([
      { id: 'tencent-wall', date: '2020-01-01', changes: [rule('tencent', '*', 'alibaba', 'blocked')] },
    ]);
    expect(d.status).toBe('blocked');
    expect(d.rule?.event).toBe('tencent-wall');
    expect(d.basis).toBe('inherited');
  });

  it('the parent’s rule reaches it too, and a later grandparent rule supersedes it', () => {
    const events: SpecEvent[] = [
      { id: 'wechat-open', date: '2019-01-01', changes: [rule('wechat', '*', 'taobao', 'open')] },
      { id: 'tencent-wall', date: '2021-01-01', changes: [rule('tencent', '*', 'taobao', 'blocked')] },
    ];
    expect(ask(events, { at: '2020-01-01' }).rule?.event).toBe('wechat-open');
    expect(ask(events).rule?.event).toBe('tencent-wall');
  });
});
