import { rule, specLedger, wechatTaobaoQuestion } from '@hutong/domain/testing';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { createContextInner } from './context';
import { directProcedure } from './direct-call';
import { fixedLedger } from './read-model';
import { appRouter } from './root';
import { createCallerFactory } from './trpc';

const ledger = fixedLedger(
  specLedger([
    { id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] },
    { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
  ]),
);
const ctx = createContextInner({ ledger });
const caller = createCallerFactory(appRouter)(ctx);
const q = wechatTaobaoQuestion;

/** The value, or the error's code, message, cause and shape-relevant fields. */
const settle = (p: Promise<unknown>) =>
  p.then(
    (value) => ({ value }),
    (e: unknown) => {
      if (!(e instanceof TRPCError)) throw e;
      return { code: e.code, message: e.message, cause: e.cause?.constructor.name, field: e.cause };
    },
  );

describe('directProcedure', () => {
  it("answers and fails exactly as tRPC's caller does: parsed input, middleware, errors", async () => {
    const cases: [path: string, input: unknown, via: (input: never) => Promise<unknown>][] = [];
    const decide = (input: never) => caller.decisions.decide(input);
    const many = (input: never) => caller.decisions.decideMany(input);
    const history = (input: never) => caller.decisions.history(input);
    for (const input of [
      q,
      { ...q, surface: undefined },
      { ...q, target: undefined, url: 'https://item.taobao.com/item.htm?id=1' },
      { ...q, surface: 'lobby' },
      { ...q, target: 'taobo' },
      { ...q, recordedAt: '2021-01-01T00:00:00Z' },
      undefined,
      'text',
    ])
      cases.push(['decisions.decide', input, decide]);
    cases.push(['decisions.decideMany', { questions: [q, { ...q, target: 'x' }], detail: 'full' }, many]);
    cases.push(['decisions.decideMany', { questions: [] }, many]);
    cases.push([
      'decisions.history',
      { host: q.host, surface: q.surface, capability: q.capability, target: q.target },
      history,
    ]);
    let failures = 0;
    for (const [path, input, via] of cases) {
      const direct = await settle(directProcedure(path)(ctx, input));
      expect(direct, `${path} ${JSON.stringify(input)}`).toEqual(await settle(via(input as never)));
      if (!('value' in direct)) failures++;
    }
    // The cases cover failures of each kind, not only answers.
    expect(failures).toBeGreaterThanOrEqual(5);
  });

  it('refuses a path the router does not have', () => {
    expect(() => directProcedure('decisions.nope')).toThrow(/no procedure decisions.nope/);
  });
});
