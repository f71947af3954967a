import { rule, specLedger, wechatTaobaoQuestion } from '@hutong/domain/testing';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { fixedLedger } from '../read-model';
import { appRouter } from '../root';
import { createCallerFactory, InvalidInput } from '../trpc';

const ledger = fixedLedger(
  specLedger([
    { id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] },
    { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
  ]),
);
const caller = createCallerFactory(appRouter)(createContextInner({ ledger }));
const q = wechatTaobaoQuestion;

async function failure(p: Promise<unknown>): Promise<TRPCError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(err)}`);
  return err;
}

describe('decisions.decide', () => {
  it('answers with the deciding event and its source', async () => {
    const d = await caller.decisions.decide(q);
    expect(d.status).toBe('open');
    expect(d.evidence[0]?.event.id).toBe('open');
    expect(d.evidence[0]?.sources[0]?.quote).toBe('spec');
  });

  it('resolves a pasted link to its actor', async () => {
    const d = await caller.decisions.decide({
      ...q,
      target: undefined,
      url: 'https://item.taobao.com/item.htm?id=1',
      at: '2020-06-01',
    });
    expect(d).toMatchObject({
      status: 'blocked',
      question: { target: 'taobao' },
      resolved: { matchedHost: 'taobao.com' },
    });
  });

  it('names the field and the closest ids for an unknown actor', async () => {
    const err = await failure(caller.decisions.decide({ ...q, target: 'taobo' }));
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toMatch(/^target: unknown actor "taobo" — did you mean taobao/);
  });

  it('rejects an impossible date as a bad request naming the field', async () => {
    const err = await failure(caller.decisions.decide({ ...q, at: '2021-02-30' }));
    expect(err.code).toBe('BAD_REQUEST');
    expect(err.cause).toBeInstanceOf(InvalidInput);
    expect((err.cause as InvalidInput).zod.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['at', 'day 30 does not exist in 2021-02 (it has 28 days)'],
    ]);
  });
});

describe('decisions.decideMany', () => {
  it('answers in order and fails a bad question alone', async () => {
    const out = await caller.decisions.decideMany({
      questions: [q, { ...q, target: 'nobody' }, { ...q, at: '2020-01-01' }],
    });
    expect(out.map((r) => (r.ok ? r.decision.status : r.error.field))).toEqual(['open', 'target', 'blocked']);
  });

  it('refuses more than 10,000 questions', async () => {
    const err = await failure(
      caller.decisions.decideMany({ questions: Array.from({ length: 10_001 }, () => q) }),
    );
    expect(err.code).toBe('BAD_REQUEST');
  });
});

describe('decisions.history', () => {
  it('gives the crossing’s statuses in one call, for a target or a URL', async () => {
    const { at: _at, ...crossing } = q;
    const h = await caller.decisions.history(crossing);
    expect(h.segments.map((s) => [s.from, s.status, s.basis])).toEqual([
      ['2013-07-01', 'blocked', 'inherited'],
      ['2021-11-29', 'open', 'direct'],
    ]);
    const byUrl = await caller.decisions.history({
      ...crossing,
      target: undefined,
      url: 'https://item.taobao.com/x',
    });
    expect(byUrl.segments).toEqual(h.segments);
  });

  it('names the field and the closest ids for an unknown actor', async () => {
    const { at: _at, ...crossing } = q;
    const err = await failure(caller.decisions.history({ ...crossing, host: 'wechatt' }));
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toContain('wechat');
  });
});
