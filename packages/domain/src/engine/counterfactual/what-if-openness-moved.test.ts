import { describe, expect, it } from 'vitest';
import { WhatIfInput } from '../../schema';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { whatIf } from './what-if';

const ledger = specLedger([
  { id: 'wall', date: '2013-11-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
  { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
]);
const index = foldLedger(ledger);

describe('what-if openness when a change only moves in time', () => {
  it('an opening moved earlier changes the months between, though the history has the same steps', () => {
    const earlier = { ...ledger.events.find((e) => e.id === 'open')!, date: '2020-06-01' };
    const w = whatIf(
      index,
      WhatIfInput.parse({
        without: ['open'],
        with: [earlier],
        at: '2021-06-01',
        openness: { host: 'tencent', target: 'alibaba' },
      }),
    );
    const link = (side: 'baseline' | 'counterfactual', date: string) =>
      w.openness?.[side].points.find((p) => p.date === date)?.byCapability['link.open'];
    expect(link('baseline', '2021-01-01')).not.toBeUndefined();
    expect(link('counterfactual', '2021-01-01')).toBeGreaterThan(link('baseline', '2021-01-01')!);
    // Before either date nothing differs.
    expect(link('counterfactual', '2020-01-01')).toBe(link('baseline', '2020-01-01'));
  });
});
