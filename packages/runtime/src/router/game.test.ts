import { GameQuestion, gameReport, todayIso } from '@hutong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, type Harness, openHarness } from '../test-support/harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.close());

const input = {
  pairs: [['alibaba', 'tencent']] as [string, string][],
  to: '2022-12-01',
  resamples: 10,
  seed: 2,
};

describe('game procedures', () => {
  it('report is the domain’s game report on the live ledger, under the method versions it names', async () => {
    const report = await h.as(null).game.report(input);
    expect(report).toEqual(gameReport(h.ledger.index, GameQuestion.parse(input), todayIso()));
    expect(report.method).toBe('hutong-game/1');
    expect(report.openness).toMatch(/^hutong-openness\//);
    expect(report.backtest.cutoff).toBe('2021-09-09');
  });

  it('names the pair that is not an actor, with the closest ids', async () => {
    const err = await failure(h.as(null).game.report({ ...input, pairs: [['alibaba', 'tencnt']] }));
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toContain('tencnt');
  });

  it('simulate runs with the regulation and without it, deterministically', async () => {
    const q = { ...input, simulation: { months: 12, seed: 5 } };
    const a = await h.as(null).game.simulate(q);
    expect(a.with.steps).toHaveLength(12);
    expect(await h.as(null).game.simulate(q)).toEqual(a);
  });
});
