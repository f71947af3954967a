import { compliance, foldLedger } from '@hutong/domain';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

const index = foldLedger(loadLedger());

describe('compliance on the curated ledger', () => {
  it('finds WeChat group chats keeping Taobao links blocked past MIIT’s 2021-09-17 deadline', () => {
    const group = compliance(index, '2021-10-15').find(
      (f) =>
        f.host === 'wechat' &&
        f.surface === 'group-chat' &&
        f.capability === 'link.open' &&
        f.target === 'taobao',
    );
    expect(group).toMatchObject({
      regulation: 'miit-2021-link-blocking',
      status: 'blocked',
      breachSince: '2021-09-17',
      breachUntil: '2021-11-29',
      daysInBreach: 28,
    });
  });

  it('reports no link-blocking breach before the deadline', () => {
    expect(compliance(index, '2021-09-16').filter((f) => f.regulation === 'miit-2021-link-blocking')).toEqual(
      [],
    );
  });
});
