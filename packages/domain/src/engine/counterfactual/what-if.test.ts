import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DomainError } from '../../errors';
import { WhatIfInput } from '../../schema';
import { linkRegulation, rule, specLedger } from '../../testing/ledger-fixture';
import { decide } from '../answer/decide';
import { foldLedger } from '../fold/fold';
import { whatIf } from './what-if';

const ledger = specLedger(
  [
    { id: 'wall', date: '2013-11-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
    { id: 'confirm', date: '2021-09-17', changes: [rule('wechat', 'private-chat', 'taobao', 'friction')] },
    { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
  ],
  [linkRegulation()],
);
const index = foldLedger(ledger);
const ask = (input: z.input<typeof WhatIfInput>) => whatIf(index, WhatIfInput.parse(input));
const q = { host: 'wechat', surface: 'private-chat', capability: 'link.open', target: 'taobao' } as const;

describe('what if', () => {
  it('leaving an opening out falls back to the rule before it, crossing by crossing', () => {
    const w = ask({ without: ['open'], at: '2021-12-01' });
    expect(w.crossings).toHaveLength(1);
    expect(w.crossings[0]).toMatchObject({ ...q, spans: [{ from: '2021-12-01', to: '2021-12-01' }] });
    const span = w.crossings[0]!.spans[0]!;
    expect(span.baseline).toMatchObject({ status: 'open', events: ['open'] });
    expect(span.counterfactual).toMatchObject({ status: 'friction', rule: { event: 'confirm' } });
    // The stored ledger is untouched: the same index still answers open.
    expect(decide(index, { ...q, at: '2021-12-01' }).status).toBe('open');
  });

  it('over a range, gives the stretches that differ, and the compliance findings gained and lost', () => {
    const w = ask({ without: ['confirm', 'open'], from: '2021-01-01', to: '2022-06-30' });
    expect(
      w.crossings[0]!.spans.map((s) => [s.from, s.to, s.baseline.status, s.counterfactual.status]),
    ).toEqual([
      ['2021-09-17', '2021-11-28', 'friction', 'blocked'],
      ['2021-11-29', '2022-06-30', 'open', 'blocked'],
    ]);
    expect(w.compliance?.baseline).toEqual([]);
    expect(w.compliance?.gained).toMatchObject([{ ...q, regulation: 'link-rule', status: 'blocked' }]);
    expect(w.compliance?.lost).toEqual([]);
  });

  it('adds hypothetical events, and answers questions and openness on both sides', () => {
    const added = {
      ...ledger.events.find((e) => e.id === 'open')!,
      id: 'earlier-open',
      date: '2020-01-01',
    };
    const w = ask({
      with: [added],
      questions: [{ ...q, at: '2020-06-01' }],
    });
    expect(w.decisions?.[0]).toMatchObject({
      baseline: { status: 'blocked' },
      counterfactual: { status: 'open', events: ['earlier-open'] },
      differs: true,
    });
    const o = ask({ with: [added], at: '2020-06-01', openness: { host: 'tencent', target: 'alibaba' } });
    const june = o.openness?.deltas.find((p) => p.date === '2020-06-01');
    // WeChat private-chat links to Taobao: one of Tencent × Alibaba's 18 link cells, too little to
    // give a number (hutong-openness/3), but its link score rises from blocked to open.
    expect(june).toEqual({ date: '2020-06-01', baseline: null, counterfactual: null, delta: null });
    const link = (side: 'baseline' | 'counterfactual') =>
      o.openness?.[side].points.find((p) => p.date === '2020-06-01')?.byCapability['link.open'];
    expect([link('baseline'), link('counterfactual')]).toEqual([0, 5.6]);
  });

  it('drops the regulation an issuing event issued, and lists the kept events that answer to it', () => {
    const withCampaign = specLedger([], [linkRegulation()]);
    const campaign = {
      ...ledger.events[0]!,
      id: 'campaign',
      kind: 'regulation' as const,
      changes: [],
      actors: ['miit'],
      regulation: 'link-rule',
    };
    const answer = { ...ledger.events[1]!, regulation: 'link-rule' };
    const idx = foldLedger({ ...withCampaign, events: [ledger.events[0]!, campaign, answer] });
    const w = whatIf(idx, WhatIfInput.parse({ without: ['campaign'], at: '2021-10-01' }));
    expect(w.regulationsDropped).toEqual(['link-rule']);
    expect(w.answering).toEqual(['confirm']);
    expect(w.compliance?.counterfactual).toEqual([]);
  });

  it('rejects an unknown event id naming the field and the closest ids, and an id already recorded', () => {
    const err = (() => {
      try {
        ask({ without: ['opne'], at: '2021-12-01' });
      } catch (e) {
        return e;
      }
    })() as DomainError;
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ kind: 'not-found', field: 'without.0' });
    expect(err.suggestions).toContain('open');
    expect(() => ask({ with: [ledger.events[0]!], at: '2021-12-01' })).toThrow(/already in the ledger/);
    const stranger = {
      ...ledger.events[0]!,
      id: 'x',
      changes: [rule('wechat', 'private-chat', 'taobo', 'open')],
    };
    expect(() => ask({ with: [stranger], at: '2021-12-01' })).toThrow(
      expect.objectContaining({
        field: 'with.0.changes.0.target',
        suggestions: expect.arrayContaining(['taobao']),
      }),
    );
  });

  it('asks for exactly one scope', () => {
    expect(WhatIfInput.safeParse({ at: '2021-01-01', from: '2020-01-01', to: '2021-01-01' }).success).toBe(
      false,
    );
    expect(WhatIfInput.safeParse({ from: '2020-01-01' }).success).toBe(false);
    expect(WhatIfInput.safeParse({ from: '2021-01-01', to: '2020-01-01' }).success).toBe(false);
  });
});
