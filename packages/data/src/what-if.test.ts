import {
  decide,
  foldLedger,
  openness,
  overlayLedger,
  recordedCrossings,
  WhatIfInput,
  whatIf,
  whyNot,
} from '@hutong/domain';
import { wechatTaobao } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

const index = foldLedger(loadLedger());

describe('what if, on the curated ledger', () => {
  it('without the 2021-11-29 opening, WeChat private-chat Taobao links on 2021-12-01 fall back to what 2021-09-17 set', () => {
    const w = whatIf(
      index,
      WhatIfInput.parse({ without: ['2021-11-29-wechat-opens-private-chat-links'], at: '2021-12-01' }),
    );
    const c = w.crossings.find(
      (x) => x.host === 'wechat' && x.surface === 'private-chat' && x.target === 'taobao',
    );
    expect(c?.spans).toHaveLength(1);
    expect(c!.spans[0]!.baseline).toMatchObject({
      status: 'open',
      rule: { event: '2021-11-29-wechat-opens-private-chat-links' },
    });
    const september = decide(index, { ...wechatTaobao, at: '2021-10-15' });
    expect(c!.spans[0]!.counterfactual).toMatchObject({
      status: september.status,
      rule: { event: '2021-09-17-wechat-private-chat-links-with-confirmation' },
    });
    expect(c!.spans[0]!.counterfactual.status).toBe('friction');
  });

  it('without the MIIT campaign, its regulation is gone: no breaches, and the answers to it are named', () => {
    const w = whatIf(
      index,
      WhatIfInput.parse({
        without: ['2021-07-23-miit-launches-link-campaign', '2021-09-17-miit-unblocking-deadline'],
        at: '2022-01-01',
      }),
    );
    expect(w.regulationsDropped).toEqual(['miit-2021-link-blocking']);
    expect(w.answering).toContain('2021-09-17-wechat-private-chat-links-with-confirmation');
    expect(w.compliance!.baseline.some((f) => f.regulation === 'miit-2021-link-blocking')).toBe(true);
    expect(w.compliance!.counterfactual.some((f) => f.regulation === 'miit-2021-link-blocking')).toBe(false);
    expect(w.compliance!.lost.length).toBeGreaterThan(0);
  });

  it('scores openness on the counterfactual exactly as the openness view does on the overlaid ledger', () => {
    const input = WhatIfInput.parse({
      without: [
        '2021-09-17-wechat-private-chat-links-with-confirmation',
        '2021-11-29-wechat-opens-private-chat-links',
      ],
      from: '2020-01-01',
      to: '2023-12-31',
      openness: { host: 'tencent', target: 'alibaba' },
    });
    const w = whatIf(index, input);
    const direct = openness(
      foldLedger(overlayLedger(index.ledger, input).ledger),
      'tencent',
      'alibaba',
      '2020-01-01',
      '2023-12-31',
    );
    expect(w.openness!.counterfactual).toEqual(direct);
    expect(w.openness!.deltas.some((d) => d.delta !== null && d.delta < 0)).toBe(true);
  });
});

describe('why not, on the curated ledger', () => {
  it('for every blocked recorded crossing, names the blocking rule and changes that open it through what-if', () => {
    let asked = 0;
    for (const c of recordedCrossings(index).all)
      for (const at of ['2016-06-01', '2021-08-01', '2021-12-01', '2024-01-01']) {
        const question = { ...c, at };
        const d = decide(index, question);
        if (d.status !== 'blocked' || !d.rule) continue;
        asked++;
        const w = whyNot(index, { question, want: 'open' });
        expect(w.standing[0]).toMatchObject({ role: 'deciding', rule: { id: d.rule.id } });
        expect(w.standing[0]!.evidence[0]!.sources.length).toBeGreaterThan(0);
        expect(w.changes.length).toBeGreaterThan(0);
        for (const x of w.changes) {
          const applied = whatIf(index, WhatIfInput.parse({ ...x.apply, questions: [question] }));
          expect(applied.decisions![0]!.counterfactual.status).toBe('open');
        }
      }
    expect(asked).toBeGreaterThan(50);
  });
});
