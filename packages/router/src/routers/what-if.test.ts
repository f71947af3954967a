import { rule, specLedger, wechatTaobaoQuestion } from '@hutong/domain/testing';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { fixedLedger } from '../read-model';
import { appRouter } from '../root';
import { createCallerFactory } from '../trpc';

const ledger = fixedLedger(
  specLedger([
    { id: 'opened', date: '2012-01-01', changes: [rule('wechat', 'group-chat', 'taobao', 'open')] },
    { id: 'wall', date: '2013-07-01', changes: [rule('wechat', 'group-chat', 'taobao', 'blocked')] },
    { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'group-chat', 'taobao', 'open')] },
  ]),
);
const caller = createCallerFactory(appRouter)(createContextInner({ ledger }));
const q = { ...wechatTaobaoQuestion, surface: 'group-chat' } as const;

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as TRPCError,
  );

describe('analysis.whatIf', () => {
  it('answers the counterfactual beside the baseline, and leaves the live ledger as it was', async () => {
    const w = await caller.analysis.whatIf({ without: ['open'], at: '2021-12-01' });
    expect(w.crossings).toMatchObject([
      {
        host: 'wechat',
        surface: 'group-chat',
        target: 'taobao',
        spans: [{ baseline: { status: 'open' }, counterfactual: { status: 'blocked' } }],
      },
    ]);
    expect((await caller.decisions.decide(q)).status).toBe('open');
  });

  it('refuses an unknown event id with NOT_FOUND, naming the field and the closest ids', async () => {
    const err = await failure(caller.analysis.whatIf({ without: ['opne'], at: '2021-12-01' }));
    expect(err).toBeInstanceOf(TRPCError);
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toMatch(/unknown event "opne"/);
    expect(JSON.stringify(err.cause)).toMatch(/without\.0/);
  });
});

describe('decisions.whyNot', () => {
  it('names the wall in the way and changes that would open it, each proved through whatIf', async () => {
    const w = await caller.decisions.whyNot({ question: { ...q, at: '2020-01-01' }, want: 'open' });
    expect(w.standing).toMatchObject([{ role: 'deciding', rule: { event: 'wall' } }]);
    expect(w.changes.map((c) => c.steps[0]!.kind)).toEqual(['lift', 'add']);
    for (const c of w.changes) {
      const applied = await caller.analysis.whatIf({ ...c.apply, questions: [{ ...q, at: '2020-01-01' }] });
      expect(applied.decisions?.[0]?.counterfactual.status).toBe('open');
    }
  });
});
