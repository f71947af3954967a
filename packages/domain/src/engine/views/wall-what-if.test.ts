import { describe, expect, it } from 'vitest';
import type { DecisionBrief, Walls } from '../../schema';
import { wallWhatIf, wallWhatIfQuestions } from './wall-what-if';

const brief = (status: DecisionBrief['status']): DecisionBrief => ({
  status,
  basis: status === 'unknown' ? 'none' : 'direct',
  friction: [],
  coverage: null,
  target: 'taobao',
  rule: null,
  events: [],
  since: null,
  until: null,
  rumors: [],
});
const cell = (self: boolean) => ({ status: 'unknown' as const, since: null, self });

// wechat (tencent) and taobao (alibaba) against taobao, tmall (alibaba) and qq (tencent).
const walls: Walls = {
  question: {
    at: '2021-12-01',
    surface: 'private-chat',
    capability: 'link.open',
    columns: 'platforms',
    detail: 'cell',
  },
  hosts: [
    { id: 'wechat', camp: 'tencent' },
    { id: 'taobao', camp: 'alibaba' },
  ],
  targets: [
    { id: 'taobao', camp: 'alibaba' },
    { id: 'tmall', camp: 'alibaba' },
    { id: 'qq', camp: 'tencent' },
  ],
  cells: [cell(false), cell(false), cell(true), cell(true), cell(true), cell(false)],
};

describe('wallWhatIf', () => {
  it('asks every cell the map does not mark self, row by row', () => {
    expect(wallWhatIfQuestions(walls).map((q) => `${q.host}→${q.target}`)).toEqual([
      'wechat→taobao',
      'wechat→tmall',
      'taobao→qq',
    ]);
  });

  it('lays both sides on the rows and columns recorded on either side', () => {
    // wechat→taobao blocked only in the ledger, wechat→tmall open only in the what-if, taobao→qq never recorded.
    const sides = wallWhatIf(walls, [
      { baseline: brief('blocked'), counterfactual: brief('unknown') },
      { baseline: brief('unknown'), counterfactual: brief('open') },
      { baseline: brief('unknown'), counterfactual: brief('unknown') },
    ]);
    expect(sides.rows.map((r) => r.id)).toEqual(['wechat']);
    expect(sides.cols.map((c) => c.id)).toEqual(['taobao', 'tmall']);
    expect(sides.baseline.map((c) => c.status)).toEqual(['blocked', 'unknown']);
    expect(sides.counterfactual.map((c) => c.status)).toEqual(['unknown', 'open']);
  });
});
