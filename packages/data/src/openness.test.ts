import {
  crossingLabel,
  type Decision,
  decide,
  foldLedger,
  openness,
  PART,
  WhatIfInput,
  whatIf,
} from '@hutong/domain';
import {
  companyPairs,
  monthsBetween,
  opennessCells,
  wideningEvent,
  wideningFalls,
  widensOrKeeps,
  widerFor,
} from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { loadLedger } from './load-ledger';

const index = foldLedger(loadLedger());
const PAIRS = companyPairs(index);
const FROM = '2008-01-01';
const TO = '2026-12-01';
const MONTHS = monthsBetween('2008-01', '2026-12');

const valueOn = (host: string, target: string, at: string) =>
  openness(index, host, target, at, at).points[0]!.value;

describe('openness on the curated ledger', () => {
  it('has company pairs to check, both directions', () => {
    expect(PAIRS).toContainEqual(['alibaba', 'tencent']);
    expect(PAIRS).toContainEqual(['tencent', 'alibaba']);
  });

  it('Alibaba → Tencent does not fall when Taote gains WeChat scan-pay (2021-11) nor in 2025-10', () => {
    for (const [before, after] of [
      ['2021-10-01', '2021-11-01'],
      ['2025-09-01', '2025-10-01'],
    ] as const) {
      const a = valueOn('alibaba', 'tencent', before);
      const b = valueOn('alibaba', 'tencent', after);
      expect(a).not.toBeNull();
      expect(b!).toBeGreaterThanOrEqual(a!);
    }
  });

  it("leaving Taote's scan-pay out with what-if does not raise Alibaba's openness in any month", () => {
    const w = whatIf(
      index,
      WhatIfInput.parse({
        without: ['2021-10-taote-wechat-scan-pay'],
        from: '2021-09-01',
        to: TO,
        openness: { host: 'alibaba', target: 'tencent' },
      }),
    );
    const raised = w.openness!.deltas.filter((d) => d.delta !== null && d.delta > 0);
    expect(raised).toEqual([]);
  });

  // Every month 2008–2026, every company pair both ways: a month in which no cell narrows and
  // some cell widens never lowers the index (nor turns it into "insufficient data").
  for (const [host, target] of PAIRS)
    it(`${host} → ${target} does not fall in a month whose cells only widen`, { timeout: 120_000 }, () => {
      const cells = opennessCells(index, host, target);
      const answers = (at: string) => cells.map((c) => decide(index, { ...c, at }, PART));
      const points = openness(index, host, target, FROM, TO).points;
      const falls: string[] = [];
      let widened = 0;
      let prev: Decision[] = answers(points[0]!.date);
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        const next = answers(b.date);
        const onlyWidens = prev.every((d, k) => widensOrKeeps(d, next[k]!));
        const moved = prev.some(
          (d, k) => d.status !== next[k]!.status || d.rest?.status !== next[k]!.rest?.status,
        );
        prev = next;
        if (!onlyWidens || a.value === null) continue;
        if (moved) widened++;
        if (b.value === null || b.value < a.value) falls.push(`${a.date} ${a.value} → ${b.value}`);
      }
      expect(falls).toEqual([]);
      // The check has something to check where the articles speak: the 2021 opening widens months.
      if (host !== 'bytedance' && target !== 'bytedance') expect(widened).toBeGreaterThan(1);
    });

  for (const [host, target] of PAIRS)
    it(`${host} → ${target}, recomputed with any one cell widened in any month, never falls`, {
      timeout: 120_000,
    }, () => {
      expect(wideningFalls(index, host, target, MONTHS)).toEqual([]);
    });

  // The what-if way, on a spread of months (each what-if refolds the ledger): per pair and month,
  // each capability's first cell that can widen, widened to each wider status.
  for (const [host, target] of PAIRS)
    it(`${host} → ${target}: a hypothetical event widening one cell never lowers the index`, {
      timeout: 120_000,
    }, () => {
      const cells = opennessCells(index, host, target);
      const falls: string[] = [];
      for (const at of MONTHS.filter((_, i) => i % 38 === 37))
        for (const capability of new Set(cells.map((c) => c.capability))) {
          const cell = cells.find(
            (c) => c.capability === capability && widerFor(decide(index, { ...c, at }, PART)).length,
          );
          for (const status of cell ? widerFor(decide(index, { ...cell, at }, PART)) : []) {
            const w = whatIf(
              index,
              WhatIfInput.parse({
                with: [wideningEvent('what-if-widening', cell!, status, at)],
                from: at,
                to: at,
                openness: { host, target },
              }),
            );
            const { baseline, counterfactual } = w.openness!.deltas[0]!;
            if (baseline !== null && (counterfactual === null || counterfactual < baseline))
              falls.push(`${at} ${crossingLabel({ ...cell!, capability }, '·')} → ${status}`);
          }
        }
      expect(falls).toEqual([]);
    });

  it('months 2008-01 … 2026-12 are all scored', () => {
    expect(openness(index, 'alibaba', 'tencent', FROM, TO).points.map((p) => p.date)).toEqual(MONTHS);
  });
});
