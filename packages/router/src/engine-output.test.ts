import { loadLedger } from '@hutong/data';
import {
  asOf,
  briefOf,
  ComplianceFinding,
  CrossingHistory,
  compliance,
  crossingLabel,
  Decision,
  DecisionBrief,
  decide,
  diff,
  foldLedger,
  historyOf,
  type Ledger,
  LedgerDiff,
  Openness,
  openness,
  RecordedState,
  Walls,
  WallsQuestion,
  walls,
} from '@hutong/domain';
import { rule, type SpecEvent, specLedger } from '@hutong/domain/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { engineOutput, engineOutputChecks } from './engine-output';

afterEach(() => {
  engineOutputChecks.on = true;
});

describe('engineOutput', () => {
  it('parses an answer on the way out while checks are on, and passes it through when off', async () => {
    const out = engineOutput(z.object({ n: z.number() }));
    await expect(out.parseAsync({ n: 'one' })).rejects.toThrow();
    engineOutputChecks.on = false;
    await expect(out.parseAsync({ n: 'one' })).resolves.toEqual({ n: 'one' });
  });
});

const hosts = ['wechat', 'taobao', 'tencent', 'alibaba'];
const targets = ['alibaba', 'tmall', 'taobao', 'wechat-pay', 'tencent', '*'];
const statuses = ['blocked', 'open', 'friction', 'partial'] as const;

function generated(n: number): Ledger {
  const events: SpecEvent[] = Array.from({ length: n }, (_, i) => ({
    id: `g-${i}`,
    date: `${2005 + (i % 20)}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
    changes: [rule(hosts[i % 4]!, i % 3 ? 'group-chat' : '*', targets[(i * 5) % 6]!, statuses[i % 4]!)],
  }));
  return specLedger(events);
}

/**
 * Every answer the engine builds, held to the schema the API declares for it: what lets a server in
 * production skip parsing them again.
 */
function expectEngineAnswersValid(ledger: Ledger): void {
  const index = foldLedger(ledger);
  const dates = ['2012-06-01', '2016-03-15', '2021-10-15', '2024-01-01'];
  const crossings = new Map<string, { host: string; surface: string; capability: string; target: string }>();
  for (const e of ledger.events) for (const c of e.changes) crossings.set(`${crossingLabel(c, ' ')}`, c);
  for (const c of crossings.values()) {
    const history = historyOf(index, c as never);
    expect(CrossingHistory.safeParse(history).error).toBeUndefined();
    for (const at of dates) {
      const d = decide(index, { ...c, at } as never);
      expect(Decision.safeParse(d).error, `${JSON.stringify(c)} ${at}`).toBeUndefined();
      expect(DecisionBrief.safeParse(briefOf(d)).error).toBeUndefined();
    }
  }
  for (const at of dates) {
    expect(z.array(ComplianceFinding).safeParse(compliance(index, at)).error).toBeUndefined();
    expect(z.array(RecordedState).safeParse(asOf(index, at)).error).toBeUndefined();
    for (const surface of ['group-chat', '*'] as const) {
      const question = WallsQuestion.parse({ at, surface, capability: 'link.open', detail: 'brief' });
      expect(Walls.safeParse(walls(index, question)).error).toBeUndefined();
    }
  }
  expect(LedgerDiff.safeParse(diff(index, dates[0]!, dates[3]!)).error).toBeUndefined();
  expect(
    Openness.safeParse(openness(index, 'wechat', 'alibaba', '2013-01-01', '2024-12-31')).error,
  ).toBeUndefined();
}

describe('every engine answer fits its schema', () => {
  it('on the curated ledger', () => {
    expectEngineAnswersValid(loadLedger());
  }, 60_000);

  it('on a generated ledger of 300 events', () => {
    expectEngineAnswersValid(generated(300));
  }, 60_000);
});
