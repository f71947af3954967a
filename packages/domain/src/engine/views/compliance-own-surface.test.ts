import { describe, expect, it } from 'vitest';
import { linkRegulation, rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { compliance } from './compliance';

// WeChat walls Taobao links everywhere, then opens them in private chats only.
const index = foldLedger(
  specLedger(
    [
      { id: 'wall', date: '2013-11-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
      { id: 'private', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
    ],
    [linkRegulation()],
  ),
);
const finding = (surface: string) =>
  compliance(index, '2021-10-01').find((f) => f.target === 'taobao' && f.surface === surface);

describe('compliance reads each recorded crossing as its own part', () => {
  it('the surfaces no rule names stay in breach when only private chats open', () => {
    // Read as a roll-up, the `*` crossing would turn mixed on 2021-11-29 and seem to end its breach.
    expect(finding('other')).toMatchObject({ status: 'blocked', rule: { id: 'wall#0' }, breachUntil: null });
  });

  it('the private chat’s breach ends the day it opens', () => {
    expect(finding('private-chat')).toMatchObject({ status: 'blocked', breachUntil: '2021-11-29' });
  });
});
