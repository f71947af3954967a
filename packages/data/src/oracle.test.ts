import { foldLedger, history } from '@hutong/domain';
import { keysWithParents, oracleDisagreements, viewOracleDisagreements } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

const ledger = loadLedger();
const index = foldLedger(ledger);

/** Each history step's first day and the days either side, and each year's first day, 2008–2026. */
function datesOfInterest(): string[] {
  const days = new Set<string>();
  for (let y = 2008; y <= 2026; y++) days.add(`${y}-01-01`);
  for (const k of keysWithParents(index))
    for (const s of history(index, k).segments)
      if (s.from) {
        const d = Date.parse(`${s.from}T00:00:00Z`);
        for (const delta of [-1, 0, 1]) days.add(new Date(d + delta * 86_400_000).toISOString().slice(0, 10));
      }
  return [...days].sort();
}

describe('the engine equals the plain reference decider on the curated ledger', () => {
  it('on every recorded key and its parents, at each change day, the days either side and each year', () => {
    expect(oracleDisagreements(ledger, datesOfInterest())).toEqual([]);
  }, 300_000);

  it('diff and compliance list exactly the keys the oracle finds, between and on each month of 2012–2026', () => {
    const months: string[] = [];
    for (let y = 2012; y <= 2026; y++) for (const m of ['01', '04', '07', '10']) months.push(`${y}-${m}-01`);
    expect(viewOracleDisagreements(ledger, months)).toEqual([]);
  }, 300_000);
});
