import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime, type Runtime } from '@hutong/runtime/open-runtime';
import { createTestDatabase, probeServer } from '@hutong/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHutongServer, listen } from './server';
import { sourceEdit } from './test-support/live-server';
import { noLimits } from './test-support/live-server-per-file';

// Text PostgreSQL cannot hold: the NUL character (text and jsonb refuse it) and a lone UTF-16
// surrogate (jsonb refuses it). JSON carries both as escapes, so a client can send them.
const UNSTORABLE = { NUL: 'a\u0000b', 'a lone surrogate': 'a\ud800b' };
const postgres = await probeServer();

interface Target {
  base: string;
  token: string;
  runtime: Runtime;
  close(): Promise<void>;
}

/** The real server on a fresh store of either kind, with an editor token. */
async function serve(databaseUrl?: string): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hutong-storable-'));
  const db = databaseUrl ? await createTestDatabase(databaseUrl) : null;
  const runtime = await openRuntime({ dataDir, databaseUrl: db?.url });
  const server: Server = createHutongServer({
    ledger: runtime.ledger,
    storeKind: runtime.store.kind,
    live: runtime,
    http: noLimits,
  });
  const base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  const { token } = await runtime.store.tokens.create({ name: 'storable', role: 'editor' });
  return {
    base,
    token,
    runtime,
    async close() {
      server.close();
      server.closeAllConnections();
      await runtime.close();
      await db?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const stores = [
  { kind: 'PGlite', url: undefined, skip: false },
  { kind: 'PostgreSQL', url: postgres.ok ? postgres.url : undefined, skip: !postgres.ok },
];

for (const store of stores)
  describe.skipIf(store.skip)(`text the database cannot hold · ${store.kind}`, () => {
    let t: Target;
    beforeAll(async () => {
      t = await serve(store.url);
    }, 180_000);
    afterAll(() => t?.close());

    const post = async (path: string, body: unknown) => {
      const res = await fetch(t.base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
        body: JSON.stringify(body),
      });
      // REST answers an error as `{message, code, …}`, tRPC's shape inside `error`: read either.
      const json = (await res.json()) as { message?: string; error?: { message?: string } };
      return { status: res.status, message: json.error?.message ?? json.message };
    };

    for (const [what, text] of Object.entries(UNSTORABLE)) {
      it(`refuses ${what} in an edit with a 400 naming the field, storing nothing`, async () => {
        const head = await t.runtime.store.head();
        const r = await post('/api/edits', {
          edits: [sourceEdit('ok-source'), sourceEdit('bad-source', text)],
        });
        expect(r.status).toBe(400);
        expect(r.message).toMatch(
          /^edits\.1\.body\.title: text may not hold the NUL character or a lone UTF-16 surrogate/,
        );
        expect(await t.runtime.store.head()).toBe(head);
      });

      it(`refuses ${what} in an import with a 400 naming the row's field, storing nothing`, async () => {
        const head = await t.runtime.store.head();
        const body = { ...sourceEdit('imported').body, publisher: text };
        const rows = [{ entity: 'source', body, line: 7 }];
        for (const dryRun of [true, false]) {
          const r = await post('/api/transfer/import', { rows, author: 'tests', reason: 'import', dryRun });
          expect(r.status).toBe(400);
          expect(r.message).toBe(
            'rows.0.body.publisher: text may not hold the NUL character or a lone UTF-16 surrogate (the row from line 7)',
          );
        }
        expect(await t.runtime.store.head()).toBe(head);
      });
    }

    it('still stores the text around them: other control characters and paired surrogates', async () => {
      const title = 'tab\there, 𝄞 and 中文';
      const r = await post('/api/edits', { edits: [sourceEdit('fine-source', title)] });
      expect(r.status).toBe(200);
      expect((await t.runtime.store.ledger()).sources.find((s) => s.id === 'fine-source')?.title).toBe(title);
    });
  });
