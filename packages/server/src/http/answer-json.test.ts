import { loadLedger } from '@hutong/data';
import {
  briefOf,
  COUNTING,
  DomainError,
  decide,
  decideBrief,
  foldLedger,
  type Question,
} from '@hutong/domain';
import { describe, expect, it } from 'vitest';
import { answerJson, manyAnswersJson } from './answer-json';

const ledger = loadLedger();
const index = foldLedger(ledger);
const YEARS = ['2010-06-01', '2013-08-01', '2018-03-15', '2021-09-17', '2021-12-01', '2025-01-01'];

/** Every rule of the curated ledger, asked at several dates, on its surface and on every surface. */
const questions: Question[] = ledger.events.flatMap((e) =>
  e.changes.flatMap((c) =>
    [e.date, ...YEARS].flatMap((at) =>
      [c.surface, '*'].map(
        (surface) => ({ host: c.host, surface, capability: c.capability, target: c.target, at }) as Question,
      ),
    ),
  ),
);

const answered = (q: Question) => {
  try {
    return decide(index, q);
  } catch (err) {
    if (err instanceof DomainError) return null;
    throw err;
  }
};

describe('answerJson', () => {
  it('writes every answer on the curated ledger as JSON.stringify does, the first time and after', () => {
    let checked = 0;
    for (const q of questions) {
      const d = answered(q);
      if (!d) continue;
      const expected = JSON.stringify(d);
      expect(answerJson(d, 1)).toBe(expected);
      // Its parts' texts are reused now, for this answer and the next one on the same step.
      expect(answerJson(d, 1)).toBe(expected);
      const again = answered(q)!;
      expect(answerJson(again, 1)).toBe(JSON.stringify(again));
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('writes decideMany lists (brief and full, with failures) as JSON.stringify does', () => {
    const results = questions.slice(0, 400).map((q, i) => {
      const d = answered(q);
      if (!d) return { ok: false, error: { field: 'target', message: 'unknown' } };
      return { ok: true, decision: i % 2 ? briefOf(decide(index, q, COUNTING)) : d };
    });
    expect(answerJson(results, 3)).toBe(JSON.stringify(results));
  });

  it("writes decideMany's shared brief answers, full ones and failures as JSON.stringify does, twice over", () => {
    const results = questions.slice(0, 600).map((q, i) => {
      const d = answered(q);
      if (!d) return { ok: false, error: { field: 'target', message: 'unknown' } };
      return { ok: true, decision: i % 3 ? decideBrief(index, q).decision : d };
    });
    expect(results.filter((r) => r.ok && Object.isFrozen(r.decision)).length).toBeGreaterThan(300);
    expect(manyAnswersJson(results)).toBe(JSON.stringify(results));
    // The second time, the shared answers' texts are copied.
    expect(manyAnswersJson(results)).toBe(JSON.stringify(results));
  });

  it('leaves out what JSON.stringify leaves out and keeps key order', () => {
    const shared = { b: [1, undefined, 'x'], a: null };
    const value = { z: 1, u: undefined, f: () => 1, s: shared, n: Number.NaN, d: new Date(0), 2: 'two' };
    expect(answerJson(value, 1)).toBe(JSON.stringify(value));
    expect(answerJson([value, undefined], 2)).toBe(JSON.stringify([value, undefined]));
  });
});
