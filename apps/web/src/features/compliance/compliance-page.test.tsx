import { ongoingBreach } from '@hutong/domain';
import { linkRegulation, rule, specLedger } from '@hutong/domain/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-support/render-app';

// A block naming the crossing itself (not inherited from a company-wide rule), never lifted: a breach
// from the deadline on, with no end.
const ledger = () =>
  specLedger(
    [
      {
        id: 'direct-block',
        date: '2014-03-01',
        changes: [rule('wechat', 'group-chat', 'taobao', 'blocked')],
      },
    ],
    [linkRegulation()],
  );

describe('Compliance page', () => {
  it('says an unended breach in the wording the CLI and terminal UI use too', async () => {
    renderRoute('/compliance?at=2021-10-15', { ledger: ledger() });
    expect(await screen.findAllByText(ongoingBreach.en)).toHaveLength(1);
  });

  it('says it in Chinese too', async () => {
    renderRoute('/compliance?at=2021-10-15', { lang: 'zh', ledger: ledger() });
    expect(await screen.findAllByText(ongoingBreach.zh)).toHaveLength(1);
  });
});
