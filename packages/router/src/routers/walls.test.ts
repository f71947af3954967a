import { rule, specLedger } from '@hutong/domain/testing';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { fixedLedger } from '../read-model';
import { appRouter } from '../root';
import { createCallerFactory } from '../trpc';

const ledger = fixedLedger(
  specLedger([
    { id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] },
    { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
  ]),
);
const caller = createCallerFactory(appRouter)(createContextInner({ ledger }));
const at = { at: '2021-12-01', surface: 'private-chat', capability: 'link.open' } as const;

describe('analysis.walls', () => {
  it('lays out the ledger’s hosts and targets, each cell agreeing with decideMany', async () => {
    const w = await caller.analysis.walls(at);
    expect(w.question.columns).toBe('platforms');
    expect(w.hosts.map((h) => h.id)).toEqual(['wechat']);
    const targets = w.targets.map((t) => t.id);
    expect(targets).toContain('taobao');
    const asked = targets.filter((t) => t !== 'wechat');
    const many = await caller.decisions.decideMany({
      detail: 'brief',
      questions: asked.map((target) => ({ ...at, host: 'wechat', target })),
    });
    const cells = w.cells.filter((c) => !c.self);
    expect(cells.map((c) => c.status)).toEqual(many.map((r) => (r.ok ? r.decision.status : 'unknown')));
  });

  it('refuses a date that does not exist as a bad input naming the field', async () => {
    const err = await caller.analysis.walls({ ...at, at: '2021-02-30' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect(err).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/^at: /) });
  });
});
