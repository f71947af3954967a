import { describe, expect, it } from 'vitest';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { decide } from './decide';

const index = foldLedger(
  specLedger([
    { id: 'everyone', date: '2021-11-29', changes: [rule('wechat', 'private-chat', '*', 'open')] },
    { id: 'taobao-wall', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
  ]),
);
const byUrl = (url: string) =>
  decide(index, { host: 'wechat', surface: 'private-chat', capability: 'link.open', url, at: '2021-12-01' });

describe('decide by URL', () => {
  it('a link an actor claims is asked about that actor', () => {
    const d = byUrl('https://item.taobao.com/item.htm?id=1');
    expect(d.question.target).toBe('taobao');
    expect(d.status).toBe('blocked');
    expect(d.resolved?.actor).toBe('taobao');
  });

  it('a link no actor claims is governed only by the rules written for everyone (target `*`)', () => {
    const d = byUrl('https://example.org/page');
    expect(d.question.target).toBe('*');
    expect(d.status).toBe('open');
    expect(d.rule?.event).toBe('everyone');
  });
});
