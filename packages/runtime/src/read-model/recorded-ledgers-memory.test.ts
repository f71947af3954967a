import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { rule, type SpecEvent, specLedger } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { LedgerView } from './ledger-view';
import { estimatedBytes } from './recorded-ledgers';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const hosts = ['wechat', 'taobao', 'tencent', 'alibaba'];
const targets = ['alibaba', 'tmall', 'taobao', 'wechat-pay', 'tencent', '*'];

/** `n` events of three changes each, over the spec ledger's actors. */
function generated(n: number) {
  const events: SpecEvent[] = Array.from({ length: n }, (_, i) => ({
    id: `g-${i}`,
    date: `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
    changes: [0, 1, 2].map((k) =>
      rule(hosts[(i + k) % 4]!, '*', targets[(i * 3 + k) % 6]!, (i + k) % 2 ? 'blocked' : 'open'),
    ),
  }));
  return specLedger(events);
}

describe('the "as recorded at" cache budget', () => {
  // Each cached revision holds its own copy of the ledger (read from the store) and its fold, which
  // is what is measured: the estimate must not be below it, or the byte budget would not bound memory.
  it.each([100, 1_000])('estimates a folded ledger of %i events at no less than it measures', (n) => {
    const ledger = generated(n);
    const COPIES = 5;
    const before = heapAfterGc();
    const views = Array.from({ length: COPIES }, () => new LedgerView(structuredClone(ledger), 1));
    const measured = (heapAfterGc() - before) / COPIES;
    expect(views).toHaveLength(COPIES);
    const estimate = estimatedBytes(ledger);
    console.info(
      JSON.stringify({
        events: n,
        measuredKB: Math.round(measured / 1024),
        estimateKB: Math.round(estimate / 1024),
      }),
    );
    expect(estimate).toBeGreaterThanOrEqual(measured);
    // Nor so far above it that the budget would hold a handful of ledgers where it has room for many.
    expect(estimate).toBeLessThanOrEqual(4 * measured);
  });
});
