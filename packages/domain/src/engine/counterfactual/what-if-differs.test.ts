import { describe, expect, it } from 'vitest';
import { WhatIfInput } from '../../schema';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { whatIf } from './what-if';

// Taobao links open in WeChat private chats twice over: for everyone in 2020, then by name in 2021.
const index = foldLedger(
  specLedger([
    { id: 'everyone', date: '2020-01-01', changes: [rule('wechat', 'private-chat', '*', 'open')] },
    { id: 'named', date: '2021-01-01', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
  ]),
);
const question = {
  host: 'wechat',
  surface: 'private-chat',
  capability: 'link.open',
  target: 'taobao',
  at: '2022-01-01',
} as const;

describe('what-if: a question differs when its reason does, not only its status', () => {
  it('leaving out the named opening keeps the link open, by the rule for everyone: it differs', () => {
    const w = whatIf(index, WhatIfInput.parse({ without: ['named'], questions: [question] }));
    const [change] = w.decisions ?? [];
    expect(change?.baseline).toMatchObject({ status: 'open', basis: 'direct', rule: 'named#0' });
    expect(change?.counterfactual).toMatchObject({ status: 'open', basis: 'inherited', rule: 'everyone#0' });
    expect(change?.differs).toBe(true);
  });

  it('leaving out nothing that answers it does not differ', () => {
    const w = whatIf(index, WhatIfInput.parse({ without: ['everyone'], questions: [question] }));
    expect(w.decisions?.[0]?.differs).toBe(false);
  });
});
