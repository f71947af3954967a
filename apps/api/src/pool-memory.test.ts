import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLedger } from '@hutong/data';
import { openStore } from '@hutong/store';
import { describe, expect, it } from 'vitest';
import { settledRss } from './test-support/settled-rss';
import { spawnServer } from './test-support/spawned-server';

const MB = 2 ** 20;
// docs/configuration.md's budget for the whole process with the pool busy (default pool settings).
const MEMORY_BUDGET_MB = 1_024;
// What the first workers leave behind once they have gone: process-wide memory the first worker sets up
// and later ones reuse (allocator arenas, V8's shared code); measured 31 MB on Node 20, 105 MB on Node 24.
const FIRST_MB = 160;
// What each later round may add on top: a leak per round (a worker's heap, a held result) shows here.
const LEFT_MB = 24;
const ROUNDS = 3;

describe('the engine pool over a real server (loopback only)', () => {
  it('starts workers for heavy calls, stays within the memory budget, and keeps nothing per round once they exit', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hutong-pool-'));
    try {
      const store = await openStore({ dataDir, seed: loadLedger() });
      await store.close();
      const server = await spawnServer({
        HUTONG_DATA_DIR: dataDir,
        HUTONG_POOL_IDLE_MS: '1000',
        // Three rounds of heavy calls cost more than one anonymous minute's budget.
        HUTONG_REQUEST_BUDGET: '1000000',
      });
      const engine = async () =>
        ((await (await fetch(`${server.base}/health`)).json()) as { engine: { workers: number } }).engine;
      try {
        expect(await engine()).toEqual({ workers: 0, busy: 0, waiting: 0 });
        const idle = await settledRss(server);
        let peak = idle;
        const sampler = setInterval(() => {
          peak = Math.max(peak, server.rss());
        }, 50);
        const range = 'host=tencent&target=alibaba&from=2012-01-01&to=2022-12-31';
        const afterRounds: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const heavy = await Promise.all([
            fetch(`${server.base}/api/analysis/openness?${range}`),
            fetch(`${server.base}/api/analysis/what-if`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                without: ['2013-11-taobao-shuts-wechat-channel'],
                from: '2012-01-01',
                to: '2022-12-31',
                openness: { host: 'tencent', target: 'alibaba' },
              }),
            }),
          ]);
          expect(heavy.map((r) => r.status)).toEqual([200, 200]);
          await Promise.all(heavy.map((r) => r.text()));
          expect((await engine()).workers).toBeGreaterThan(0);
          // Idle workers exit (1 s here; 30 s by default).
          const deadline = Date.now() + 20_000;
          while ((await engine()).workers > 0 && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 250));
          expect(await engine()).toEqual({ workers: 0, busy: 0, waiting: 0 });
          afterRounds.push(await settledRss(server));
        }
        clearInterval(sampler);
        const figures = {
          idleMb: idle / MB,
          peakMb: peak / MB,
          afterRoundsMb: afterRounds.map((b) => b / MB),
        };
        console.info(JSON.stringify(figures, (_, v) => (typeof v === 'number' ? Math.round(v) : v)));
        const [first, ...later] = figures.afterRoundsMb as [number, ...number[]];
        expect(figures.peakMb).toBeLessThanOrEqual(MEMORY_BUDGET_MB);
        expect(first - figures.idleMb).toBeLessThanOrEqual(FIRST_MB);
        for (const after of later) expect(after - first).toBeLessThanOrEqual(LEFT_MB);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
