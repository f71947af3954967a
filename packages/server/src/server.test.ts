import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHutongClient, remoteLinks } from '@hutong/client';
import { wechatTaobaoQuestion } from '@hutong/domain/testing';
import { openRuntime, type Runtime } from '@hutong/runtime/open-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHutongServer, listen } from './server';

let runtime: Runtime;
let server: Server;
let base: string;
const dataDir = mkdtempSync(join(tmpdir(), 'hutong-server-'));

beforeAll(async () => {
  runtime = await openRuntime({ dataDir });
  server = createHutongServer({ ledger: runtime.ledger, storeKind: runtime.store.kind });
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
}, 180_000);

afterAll(async () => {
  server?.close();
  await runtime?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await fetch(base + path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const trpcGet = (proc: string, input: unknown) =>
  get(`/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`);

describe('the HTTP server on the seeded embedded store', () => {
  it('reports health with the ledger size', async () => {
    const { status, body } = await get('/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', store: 'pglite' });
    expect(body.events).toBeGreaterThan(10);
  });

  it('answers a decision as plain HTTP JSON', async () => {
    const q = { ...wechatTaobaoQuestion, at: '2020-06-01' };
    const { status, body } = await trpcGet('decisions.decide', q);
    expect(status).toBe(200);
    expect(body).toMatchObject({ result: { data: { status: 'blocked' } } });
  });

  it('answers a bad input with a 400 whose message names the field', async () => {
    const { status, body } = await trpcGet('decisions.decide', {
      host: 'wechat',
      surface: 'lobby',
      capability: 'link.open',
      target: 'taobao',
      at: '2021-12-01',
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: { message: expect.stringMatching(/^surface: /), data: { field: 'surface' } },
    });
  });

  it('answers an unknown id with a 404 naming the closest ids', async () => {
    const q = { ...wechatTaobaoQuestion, surface: 'group-chat', target: 'taobo' };
    const { status, body } = await trpcGet('decisions.decide', q);
    expect(status).toBe(404);
    expect(body).toMatchObject({
      error: { data: { field: 'target', suggestions: expect.arrayContaining(['taobao']) } },
    });
  });

  it('serves the typed client over HTTP, batching a 10,000-question call through POST', async () => {
    const client = createHutongClient(remoteLinks({ url: base }));
    const q = wechatTaobaoQuestion;
    const out = await client.decisions.decideMany.query({
      questions: Array.from({ length: 10_000 }, () => q),
    });
    expect(out).toHaveLength(10_000);
    expect(out.every((r) => r.ok && r.decision.status === 'open')).toBe(true);
  }, 30_000);

  it('answers unknown paths without a web build with a JSON 404, not a crash', async () => {
    const { status } = await get('/nothing-here.js');
    expect(status).toBe(404);
  });
});
