import { describe, expect, it } from 'vitest';
import { WallsQuestion } from '../../schema/walls';
import { rule, specLedger } from '../../testing';
import { decide } from '../answer/decide';
import { foldLedger } from '../fold/fold';
import { walls } from './walls';

const index = foldLedger(
  specLedger([
    { date: '2013-11-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
    { date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
    { date: '2021-09-01', confidence: 'rumor', changes: [rule('jd', '*', 'wechat', 'blocked')] },
  ]),
);
const question = WallsQuestion.parse({ at: '2021-12-01', surface: 'private-chat', capability: 'link.open' });

describe('walls', () => {
  it('takes rows and columns from the ledger’s recorded rules, not its rumors', () => {
    const w = walls(index, question);
    expect(w.hosts).toEqual([{ id: 'wechat', camp: 'tencent' }]);
    expect(w.targets.map((t) => t.id)).toEqual(['taobao', 'wechat']);
    expect(w.cells).toHaveLength(w.hosts.length * w.targets.length);
  });

  it('answers each cell as decide does, and asks nothing of an actor facing its own camp', () => {
    const w = walls(index, question);
    for (const [i, target] of w.targets.entries()) {
      const cell = w.cells[i]!;
      if (target.id === 'wechat') expect(cell).toEqual({ status: 'unknown', since: null, self: true });
      else {
        const d = decide(index, { ...question, host: 'wechat', target: target.id });
        expect(cell).toMatchObject({
          status: d.status,
          since: d.since?.date ?? null,
          basis: d.basis,
          self: false,
        });
      }
    }
    expect(w.cells[0]).toMatchObject({ status: 'open', since: '2021-11-29' });
  });

  it('carries each cell’s brief decision when asked', () => {
    const [first] = walls(index, { ...question, detail: 'brief' }).cells;
    expect(first?.brief).toMatchObject({ status: 'open', since: '2021-11-29', rule: expect.any(String) });
    expect(walls(index, question).cells[0]).not.toHaveProperty('brief');
  });

  it('shows the owning companies as columns when asked', () => {
    expect(walls(index, { ...question, columns: 'companies' }).targets).toEqual([
      { id: 'alibaba', camp: 'alibaba' },
      { id: 'tencent', camp: 'tencent' },
    ]);
  });
});
