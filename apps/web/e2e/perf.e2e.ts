import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { WEB_DIST } from './support/server';
import { useSuite } from './support/suite';

const suite = useSuite();

const FIRST_VIEW_BUDGET_KB = 250;
const STEP_BUDGET_MS = 16;

/** Gzipped size of every script a fresh visit to `path` loads, read from the built files. */
async function scriptsLoaded(path: string) {
  const { page, close } = await watchedPage(suite.browser);
  const scripts = new Set<string>();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  await page.goto(suite.url + path);
  await settled(page);
  await close();
  const bytes = [...scripts].reduce((sum, p) => sum + gzipSync(readFileSync(join(WEB_DIST, p))).length, 0);
  return { kb: Math.round((bytes / 1024) * 10) / 10, files: scripts.size };
}

describe('performance', () => {
  it(`loads under ${FIRST_VIEW_BUDGET_KB} KB of gzipped JavaScript for the first view`, async () => {
    const rows: string[] = [];
    for (const path of ['/', '/wall', '/ask', '/actors/wechat']) {
      const { kb, files } = await scriptsLoaded(path);
      rows.push(`  ${path.padEnd(16)} ${String(kb).padStart(6)} KB gzipped in ${files} files`);
      if (path === '/') expect(kb).toBeLessThan(FIRST_VIEW_BUDGET_KB);
    }
    console.log(
      `[perf] JavaScript loaded by a fresh visit (charts load later, on demand):\n${rows.join('\n')}`,
    );
  });

  it(`updates a 60 × 60 wall map on a slider step within ${STEP_BUDGET_MS} ms of scripting`, async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/bench/wall-map`);
      await page.locator('[data-cell="Host-59|Target-59"]').waitFor();
      expect(await page.locator('.wall-grid [data-i]').count()).toBe(3600);
      const bench = (churn: number, steps: number) =>
        page.evaluate(([c, s]) => window.hutongWallBench!(c!, s!), [churn, steps] as const);
      await bench(0.05, 10); // warm-up: JIT and first layout
      const typical = await bench(0.05, 60);
      const worst = await bench(1, 30);
      const fmt = (r: typeof typical) =>
        `median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms, max ${r.maxMs.toFixed(2)} ms over ${r.steps} steps`;
      console.log(
        `[perf] 60 × 60 wall map, state update + render + commit per slider step:\n` +
          `  5% of cells change (a busy month): ${fmt(typical)}\n` +
          `  every cell changes (worst case):   ${fmt(worst)}`,
      );
      expect(typical.medianMs).toBeLessThan(STEP_BUDGET_MS);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
