import { describe, expect, it } from 'vitest';
import type { Question } from '../schema';
import { rule, type SpecEvent, specLedger } from '../testing/ledger-fixture';
import { decide } from './decide';
import { foldLedger } from './fold';

const ask = (over: Partial<Question> = {}): Question => ({
  host: 'wechat',
  surface: 'private-chat',
  capability: 'link.open',
  target: 'taobao',
  at: '2021-12-01',
  ...over,
});

/** given(past events).when(question) → the decision. */
const given = (events: SpecEvent[]) => ({
  when: (q: Partial<Question> = {}) => decide(foldLedger(specLedger(events)), ask(q)),
});

describe('decide: precedence', () => {
  it('a platform rule beats its company rule, even when the company rule is later', () => {
    const d = given([
      { id: 'platform', date: '2013-07-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
      { id: 'company', date: '2020-01-01', changes: [rule('wechat', '*', 'alibaba', 'open')] },
    ]).when();
    expect(d.status).toBe('blocked');
    expect(d.rule?.event).toBe('platform');
    expect(d.beaten.map((b) => [b.rule.event, b.reason])).toEqual([['company', 'less-specific']]);
  });

  it('a company rule beats a rule for everyone', () => {
    const d = given([
      { id: 'company', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] },
      { id: 'everyone', date: '2020-01-01', changes: [rule('wechat', '*', '*', 'open')] },
    ]).when({ target: 'tmall' });
    expect(d.status).toBe('blocked');
    expect(d.rule?.target).toBe('alibaba');
  });

  it('a named surface beats `*` for the same target', () => {
    const g = given([
      { date: '2013-07-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
      { id: 'private', date: '2021-09-17', changes: [rule('wechat', 'private-chat', 'taobao', 'friction')] },
    ]);
    expect(g.when().status).toBe('friction');
    expect(g.when({ surface: 'group-chat' }).status).toBe('blocked');
  });

  it('the latest change on the same key wins, and the earlier one is reported as superseded', () => {
    const d = given([
      { id: 'first', date: '2013-07-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
      { id: 'second', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
    ]).when();
    expect(d.status).toBe('open');
    expect(d.beaten).toEqual([
      expect.objectContaining({ reason: 'superseded', rule: expect.objectContaining({ event: 'first' }) }),
    ]);
  });

  it('a rule does not apply before its date', () => {
    const d = given([
      { date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
    ]).when({
      at: '2021-11-28',
    });
    expect(d.status).toBe('unknown');
    expect(d.until).toEqual({ date: '2021-11-29', precision: 'day', status: 'open' });
  });
});

describe('decide: rumors and unknowns', () => {
  it('a rumor changes nothing but is shown as pending', () => {
    const d = given([
      { id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
      {
        id: 'talks',
        date: '2025-09-16',
        confidence: 'rumor',
        changes: [rule('wechat', '*', 'taobao', 'open')],
      },
    ]).when({ at: '2025-10-01' });
    expect(d.status).toBe('blocked');
    expect(d.rumors.map((r) => r.event.id)).toEqual(['talks']);
    expect(d.until).toBeNull();
  });

  it('a rumor from before the deciding rule is no longer pending', () => {
    const d = given([
      {
        id: 'talks',
        date: '2021-08-01',
        confidence: 'rumor',
        changes: [rule('wechat', '*', 'taobao', 'open')],
      },
      { date: '2021-11-29', changes: [rule('wechat', '*', 'taobao', 'open')] },
    ]).when();
    expect(d.rumors).toEqual([]);
  });

  it('nothing recorded is unknown, never blocked', () => {
    const d = given([{ date: '2013-07-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] }]).when({
      target: 'jd',
    });
    expect(d.status).toBe('unknown');
    expect(d.rule).toBeNull();
    expect(d.evidence).toEqual([]);
  });

  it('an unknown host is unknown, not an error', () => {
    expect(given([]).when({ host: 'no-such-host' }).status).toBe('unknown');
  });
});

describe('decide: since, until and evidence', () => {
  const g = given([
    { id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] },
    { id: 'restated', date: '2021-07-15', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
    { id: 'confirm', date: '2021-09-17', changes: [rule('wechat', 'private-chat', 'taobao', 'friction')] },
    { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
  ]);

  it('since reaches back across keys while the status is unchanged', () => {
    const d = g.when({ at: '2021-08-01' });
    expect(d.status).toBe('blocked');
    expect(d.since).toEqual({ date: '2013-07-01', precision: 'day' });
    expect(d.until).toEqual({ date: '2021-09-17', precision: 'day', status: 'friction' });
    expect(d.evidence.map((e) => e.event.id)).toEqual(['block', 'restated']);
  });

  it('until is the next status change, and null when none is recorded', () => {
    expect(g.when({ at: '2021-10-01' }).until?.status).toBe('open');
    expect(g.when({ at: '2022-01-01' }).until).toBeNull();
  });

  it('evidence lists the events that set the winning status with their source records', () => {
    const d = g.when({ at: '2022-01-01' });
    expect(d.evidence.map((e) => e.event.id)).toEqual(['open']);
    expect(d.evidence[0]?.sources[0]).toMatchObject({
      source: 'spec-source',
      quote: 'spec',
      record: { publisher: 'hutong' },
    });
  });
});
