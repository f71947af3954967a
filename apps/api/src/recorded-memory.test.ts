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
// V8's heap headroom): far below what the folds would hold without the bound (about 1 MB each here).
const CACHE_MB = 16;
const SLACK_MB = 96;
const REVISIONS = 300;
const FIRST = Date.UTC(2024, 1, 1);

describe('editor tokens asking "as recorded at" many instants (loopback only)', () => {
  it('keep the server within the recorded-ledger cache budget: RSS measured, not estimated', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hutong-recorded-'));
    try {
      const clock = { now: new Date(FIRST - 86_400_000) };
      const store = await openStore({ dataDir, seed: loadLedger(), now: () => clock.now });
      const { token } = await store.tokens.create({ name: 'many-instants', role: 'editor' });
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
        const statuses = new Set<number>();
        // Every revision once, each at an instant of its own, two at a time.
        for (let i = 0; i < REVISIONS; i += 2) {
          const answers = await Promise.all(
            [i, i + 1].map((r) => ask(new Date(FIRST + r * 60_000 + 30_000).toISOString())),
          );
          for (const a of answers) statuses.add(a.status);
          peak = Math.max(peak, server.rss());
        }
        const grown = Math.round((peak - idle) / MB);
        console.info(
          JSON.stringify({
            revisions: REVISIONS,
            cacheMb: CACHE_MB,
            idleMb: Math.round(idle / MB),
            grownMb: grown,
          }),
        );
        expect([...statuses]).toEqual([200]);
        expect(grown).toBeLessThanOrEqual(CACHE_MB + SLACK_MB);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
