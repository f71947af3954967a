import { describe, expect, it } from 'vitest';
import { wallCells, wallQuestions } from './wall-matrix';

const spec = {
  hosts: ['wechat', 'taobao'],
  targets: ['taobao', 'wechat'],
  surface: 'private-chat',
  capability: 'link.open',
  at: '2021-12-01',
} as const;
const isSelf = (h: string, t: string) => h === t;

const brief = (status: 'open' | 'blocked', since: string | null) => ({
  ok: true as const,
  decision: {
    status,
    basis: 'direct' as const,
    since,
    friction: [],
    coverage: null,
    target: 'x',
    rule: null,
    events: [],
    until: null,
    rumors: [],
  },
});

describe('wall matrix', () => {
  it('asks one question per cell that is not an actor facing itself', () => {
    expect(wallQuestions(spec, isSelf).map((q) => `${q.host}>${q.target}`)).toEqual([
      'wechat>taobao',
      'taobao>wechat',
    ]);
  });

  it('keeps how sure each answer is: basis, an uncertainty window, what the rest get', () => {
    const partial = brief('open', '2021-11-29');
    const cells = wallCells({ hosts: ['wechat'], targets: ['taobao'] }, isSelf, [
      {
        ...partial,
        decision: {
          ...partial.decision,
          basis: 'inherited',
          uncertain: { from: '2021-11-01', to: '2021-11-30', after: 'partial' },
          rest: 'blocked',
        },
      },
    ]);
    expect(cells).toEqual([
      {
        status: 'open',
        since: '2021-11-29',
        self: false,
        basis: 'inherited',
        uncertain: true,
        rest: 'blocked',
      },
    ]);
  });

  it('lays answers back row by row, with self cells and failed answers in place', () => {
    const cells = wallCells(spec, isSelf, [brief('open', '2021-11-29'), { ok: false }]);
    expect(cells).toEqual([
      { status: 'open', since: '2021-11-29', self: false, basis: 'direct' },
      { status: 'unknown', since: null, self: true },
      { status: 'unknown', since: null, self: true },
      { status: 'unknown', since: null, self: false },
    ]);
  });
});
