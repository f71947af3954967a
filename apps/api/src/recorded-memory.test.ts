import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLedger } from '@hutong/data';
import { openStore } from '@hutong/store';
import { describe, expect, it } from 'vitest';
import { settledRss } from './test-support/settled-rss';
import { spawnServer } from './test-support/spawned-server';

const MB = 2 ** 20;
// The cache's budget for this test, and what else a server's RSS may gain while answering (buffers,
// V8's heap headroom, which grows with the garbage each fold leaves). Measured without the bound
// (HUTONG_RECORDED_CACHE_MB=100000) the same run grows 343 MB on Node 20 and 502 MB on Node 24; with
// it, 140-170 MB on either.
const CACHE_MB = 16;
const SLACK_MB = 240;
// Once the cache is full, the next 200 instants may add little: without the bound they add 233 MB
// (Node 20) and 296 MB (Node 24); with it, 44-65 MB.
const PLATEAU_MB = 128;
const REVISIONS = 300;
const WARM = 100;
const BULK = 2_000;
const FIRST = Date.UTC(2024, 1, 1);

describe('editor tokens asking "as recorded at" many instants (loopback only)', () => {
  it('keep the server within the recorded-ledger cache budget: RSS measured, not estimated', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hutong-recorded-'));
    try {
      const clock = { now: new Date(FIRST - 86_400_000) };
      const store = await openStore({ dataDir, seed: loadLedger(), now: () => clock.now });
      const { token } = await store.tokens.create({ name: 'many-instants', role: 'editor' });
      // Bulk that every revision's ledger carries, so a fold weighs enough for a missing bound to show.
      clock.now = new Date(FIRST - 3_600_000);
      await store.append(
        Array.from({ length: BULK }, (_, b) => {
          const id = `bulk-${b}`;
          const body = {
            id,
            title: `${id} `.repeat(20),
            publisher: 'tests',
            date: '2024-01-01',
            language: 'en' as const,
          };
          return { entity: 'source' as const, id, action: 'record' as const, body, author: 't', reason: 'r' };
        }),
      );
      for (let i = 0; i < REVISIONS; i++) {
        clock.now = new Date(FIRST + i * 60_000);
        const id = `instant-${i}`;
        const body = { id, title: id, publisher: 'tests', date: '2024-01-01', language: 'en' as const };
        await store.append([{ entity: 'source', id, action: 'record', body, author: 't', reason: 'r' }]);
      }
      await store.close();
      const server = await spawnServer({
        HUTONG_DATA_DIR: dataDir,
        HUTONG_RECORDED_CACHE_MB: String(CACHE_MB),
        HUTONG_TOKEN_BUDGET: '100000000',
        // Node 20's young generation on either Node (Node 24 grows it to 3 × 32 MB): V8's sizing is
        // not what this test measures, and left alone it would take most of the slack on Node 24.
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=16`,
      });
      try {
        const ask = (recordedAt: string) =>
          fetch(
            `${server.base}/api/decide?host=wechat&surface=group-chat&capability=link.open&target=taobao&at=2021-12-01&recordedAt=${recordedAt}`,
            { headers: { authorization: `Bearer ${token}` } },
          );
        expect((await ask(new Date(FIRST).toISOString())).status).toBe(200);
        const idle = await settledRss(server);
        let peak = idle;
        let warmPeak = idle;
        const statuses = new Set<number>();
        // Every revision once, each at an instant of its own, two at a time.
        for (let i = 0; i < REVISIONS; i += 2) {
          const answers = await Promise.all(
            [i, i + 1].map((r) => ask(new Date(FIRST + r * 60_000 + 30_000).toISOString())),
          );
          for (const a of answers) statuses.add(a.status);
          peak = Math.max(peak, server.rss());
          if (i + 2 === WARM) warmPeak = peak;
        }
        const grown = Math.round((peak - idle) / MB);
        const afterWarm = Math.round((peak - warmPeak) / MB);
        console.info(
          JSON.stringify({
            revisions: REVISIONS,
            cacheMb: CACHE_MB,
            idleMb: Math.round(idle / MB),
            grownMb: grown,
            grownAfterFirst100Mb: afterWarm,
          }),
        );
        expect([...statuses]).toEqual([200]);
        expect(grown).toBeLessThanOrEqual(CACHE_MB + SLACK_MB);
        expect(afterWarm).toBeLessThanOrEqual(PLATEAU_MB);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
