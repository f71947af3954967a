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

describe('compliance on 2022-01-01 (hutong-decide/4)', () => {
  const findings = compliance(index, '2022-01-01');

  it('lists no confirmed breach for WeChat links to the Alibaba platforms the articles say were opened by then', () => {
    // 001: private chats open every external link from 29 Nov 2021; group chats are on trial.
    // 002 says more (Taobao links restored in September 2021), so no confirmed Taobao breach either.
    const opened = new Set(['taobao', 'tmall', 'taote', 'xianyu', 'alipay', 'xiami']);
    expect(
      findings.filter(
        (f) =>
          f.host === 'wechat' && opened.has(f.target) && (f.basis === 'direct' || f.basis === 'inferred'),
      ),
    ).toEqual([]);
  });

  it('gives every finding a basis, and inherited ones no days in breach', () => {
    for (const f of findings) {
      expect(['direct', 'inherited', 'inferred']).toContain(f.basis);
      if (f.basis === 'inherited') expect([f.daysInBreach, f.breachSince]).toEqual([null, null]);
      else expect(f.daysInBreach).toBeGreaterThanOrEqual(0);
    }
  });
});
