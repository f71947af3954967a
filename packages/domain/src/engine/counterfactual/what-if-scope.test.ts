import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DomainError } from '../../errors';
import { WhatIfInput } from '../../schema';
import { linkRegulation, rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { whatIf } from './what-if';

const ledger = specLedger(
  [
    { id: 'wall', date: '2013-11-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
    { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
  ],
  [linkRegulation()],
);
const index = foldLedger(ledger);
const ask = (input: z.input<typeof WhatIfInput>) => whatIf(index, WhatIfInput.parse(input));
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
};

describe('what-if answers only the scope it was given', () => {
  it('asked questions, it answers them and lists no crossings, compliance or openness', () => {
    const w = ask({
      without: ['open'],
      questions: [
        {
          host: 'wechat',
          surface: 'private-chat',
          capability: 'link.open',
          target: 'taobao',
          at: '2022-01-01',
        },
      ],
    });
    expect(w.decisions?.map((d) => [d.baseline.status, d.counterfactual.status, d.differs])).toEqual([
      ['open', 'blocked', true],
    ]);
    expect(w.crossings).toEqual([]);
    expect(w.compliance).toBeNull();
    expect(w.openness).toBeNull();
  });

  it('names the openness field whose actor is unknown, with the closest ids', () => {
    const target = thrown(() =>
      ask({ without: ['open'], at: '2022-01-01', openness: { host: 'tencent', target: 'alibab' } }),
    );
    expect(target).toBeInstanceOf(DomainError);
    expect(target).toMatchObject({ kind: 'not-found', field: 'openness.target' });
    expect((target as DomainError).suggestions).toContain('alibaba');
    const host = thrown(() =>
      ask({ without: ['open'], at: '2022-01-01', openness: { host: 'tencnt', target: 'alibaba' } }),
    );
    expect(host).toMatchObject({ kind: 'not-found', field: 'openness.host' });
  });

  it('a range given by half is refused naming the missing end', () => {
    const issues = (input: unknown) => {
      const r = WhatIfInput.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(issues({ from: '2021-01-01' })).toEqual(['to']);
    expect(issues({ to: '2021-01-01' })).toEqual(['from']);
  });
});
