import { describe, expect, it } from 'vitest';
import { Event, type EventInput } from './event';
import { Question } from './question';

const valid: EventInput = {
  id: '2021-11-29-wechat-opens-private-chat-links',
  date: '2021-11-29',
  precision: 'day',
  kind: 'unblock',
  title: { zh: '微信私聊可直接打开外链', en: 'WeChat opens external links in private chats' },
  summary: { zh: '摘要', en: 'Summary' },
  actors: ['wechat'],
  changes: [
    { host: 'wechat', surface: 'private-chat', capability: 'link.open', target: '*', status: 'open' },
  ],
  confidence: 'confirmed',
  sources: [{ source: 'zimubang-2021-11-30', quote: '用户在点对点聊天场景' }],
};

const issuesOf = (input: unknown) => {
  const r = Event.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('Event schema', () => {
  it('accepts a complete event and fills defaults', () => {
    const e = Event.parse(valid);
    expect(e.changes[0]).toMatchObject({ friction: [], coverage: 'all' });
  });

  it('requires at least one source with a quote', () => {
    expect(issuesOf({ ...valid, sources: [] })).toEqual([
      'sources: an event needs at least one source with a quote',
    ]);
    expect(issuesOf({ ...valid, sources: [{ source: 'x', quote: '' }] })).toEqual([
      'sources.0.quote: a citation needs a verbatim quote',
    ]);
  });

  it('rejects impossible dates naming the part that is wrong', () => {
    expect(issuesOf({ ...valid, date: '2021-02-30' })).toEqual([
      'date: day 30 does not exist in 2021-02 (it has 28 days)',
    ]);
    expect(issuesOf({ ...valid, date: '2021-13-01' })).toEqual(['date: month 13 is not between 01 and 12']);
  });

  it('requires month-precision dates to sit on the first of the month', () => {
    expect(issuesOf({ ...valid, precision: 'month' })).toEqual([
      'date: a month-precision date must be the 1st',
    ]);
    expect(issuesOf({ ...valid, date: '2021-11-01', precision: 'month' })).toEqual([]);
  });

  it('refuses `unknown` as a recorded status and unknown vocabulary', () => {
    const bad = { ...valid, changes: [{ ...valid.changes![0]!, status: 'unknown', surface: 'lobby' }] };
    expect(issuesOf(bad).map((i) => i.split(':')[0])).toEqual(['changes.0.surface', 'changes.0.status']);
  });

  it('keeps rumors honest: a rumor event must have rumor confidence', () => {
    expect(issuesOf({ ...valid, kind: 'rumor' })).toEqual([
      'confidence: a rumor event must have confidence `rumor`',
    ]);
  });
});

describe('Question schema', () => {
  const q = { host: 'wechat', surface: 'group-chat', capability: 'link.open', at: '2021-12-01' } as const;
  it('needs exactly one of target or url', () => {
    expect(Question.safeParse({ ...q, target: 'taobao' }).success).toBe(true);
    expect(Question.safeParse({ ...q, url: 'https://taobao.com' }).success).toBe(true);
    expect(Question.safeParse(q).success).toBe(false);
    expect(Question.safeParse({ ...q, target: 'taobao', url: 'https://taobao.com' }).success).toBe(false);
  });
});
