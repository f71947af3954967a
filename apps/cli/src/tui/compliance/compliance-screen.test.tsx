/** @jsxRuntime automatic @jsxImportSource react */
import { Ledger } from '@hutong/domain';
import { linkRegulation, rule, specLedger } from '@hutong/domain/testing';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, renderWith } from '../test-support/render';
import { clientOver, wallsLedger } from '../test-support/spec-client';
import { ComplianceScreen } from './compliance-screen';

afterEach(cleanup);

/**
 * The walls ledger, a block naming WeChat's group chats (a company-wide block alone is inherited, and
 * inherited answers count no days in breach), and MIIT's 2021 campaign: link blocking forbidden from
 * 2021-09-17.
 */
const withCampaign = () => {
  const walls = wallsLedger();
  const direct = specLedger([
    {
      id: 'wechat-walls-group-chats',
      date: '2014-03-01',
      changes: [rule('wechat', 'group-chat', 'taobao', 'blocked')],
    },
  ]);
  const base = { ...walls, events: [...walls.events, ...direct.events] };
  return Ledger.parse({
    ...base,
    actors: [...base.actors, { id: 'miit', kind: 'regulator', name: { zh: '工信部', en: 'MIIT' } }],
    regulations: [
      linkRegulation({
        id: 'miit-link-campaign',
        title: { zh: '屏蔽网址链接专项整治', en: 'Campaign against link blocking' },
      }),
    ],
  });
};

describe('Compliance', () => {
  it('lists the crossings in breach on a date, by regulation, and follows the date keys', async () => {
    const ui = renderWith(
      clientOver(withCampaign()),
      <ComplianceScreen width={80} height={22} active today="2021-10-15" />,
    );
    const f = await ui.waitFor('in breach on 2021-10-15');
    expect(f).toContain('Campaign against link blocking / 屏蔽网址链接专项整治');
    expect(f).toMatch(/wechat · group-chat · link\.open · taobao +BLOCKED/);
    expect(f).toMatch(/since 2021-09-17\s+\(28 days\)/);
    await ui.press(KEY.shiftLeft);
    await ui.waitFor('No recorded crossing is in breach on 2020-10-15.');
  });
});
