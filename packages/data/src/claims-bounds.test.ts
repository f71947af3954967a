import { crossingLabel, type Event, foldLedger, history, recordedCrossings } from '@hutong/domain';
import { keysWithParents } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

const ledger = loadLedger();
const index = foldLedger(ledger);
const sourceDate = new Map(ledger.sources.map((s) => [s.id, s.date]));

/**
 * The earliest day an event lets the ledger speak for: a standing observation, as far back as its
 * quotes speak (`speaksOf`, else the article's date) or its stated start; an estimated date, only
 * once its window has closed; any other change, from its own window's start.
 */
function earliestSpoken(e: Event, standing: boolean, standingSince: string | undefined): string {
  if (e.estimated) return e.notAfter!;
  if (!standing) return e.notBefore ?? e.date;
  const spoken = e.sources.map((c) => c.speaksOf ?? sourceDate.get(c.source)!).sort()[0]!;
  return standingSince && standingSince > spoken ? standingSince : spoken;
}

describe('no answer claims more than its sources speak of', () => {
  it('gives no direct or inferred answer before the earliest date its evidence speaks of, on every crossing', () => {
    const bad: string[] = [];
    expect(recordedCrossings(index).all.length).toBeGreaterThan(80);
    for (const k of keysWithParents(index))
      for (const s of history(index, k).segments) {
        if (s.basis !== 'direct' && s.basis !== 'inferred') continue;
        if (!s.rule) continue;
        const e = index.events.get(s.rule.event)!;
        const change = e.changes[Number(s.rule.id.split('#')[1])]!;
        const earliest = earliestSpoken(e, change.standing, change.standingSince);
        const from = s.from ?? '0000-01-01';
        if (from < earliest)
          bad.push(
            `${crossingLabel(k, '·')} from ${from}: ${s.basis} by ${e.id}, which speaks from ${earliest}`,
          );
      }
    expect(bad).toEqual([]);
  });
});
