import { loadLedger } from '@hutong/data';
import { foldLedger, openness, WhatIfInput, whatIf } from '@hutong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveServer, startLiveServer } from '../test-support/live-server';
import { EnginePool, type PoolOptions } from './engine-pool';

const OPTIONS: PoolOptions = {
  size: 1,
  queue: 1,
  idleMs: 300,
  answerLimit: 2 ** 20,
  workerHeapMb: 256,
  perClient: 2,
};
const index = foldLedger(loadLedger());
const range = { host: 'tencent', target: 'alibaba', from: '2019-01-01', to: '2021-12-31' };

describe('the engine pool', () => {
  it('answers on a worker exactly as the engine answers here, and the worker exits when idle', async () => {
    const pool = new EnginePool(OPTIONS);
    try {
      expect(pool.stats.workers).toBe(0);
      const answer = await pool.offload('openness', { index, revision: 0 }, range);
      expect(answer).toEqual(
        JSON.parse(JSON.stringify(openness(index, 'tencent', 'alibaba', range.from, range.to))),
      );
      expect(pool.stats.workers).toBe(1);
      await new Promise((r) => setTimeout(r, 1_000));
      expect(pool.stats.workers).toBe(0);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('runs here, in slices, when told to (a bundle without the worker script): the same answers', async () => {
    const pool = new EnginePool({ ...OPTIONS, inline: true });
    const answer = await pool.offload('openness', { index, revision: 0 }, range);
    expect(answer).toEqual(
      JSON.parse(JSON.stringify(openness(index, 'tencent', 'alibaba', range.from, range.to))),
    );
    expect(pool.stats.workers).toBe(0);
  });

  it('computes on the ledger the call read: two ledgers, two answers', async () => {
    const pool = new EnginePool({ ...OPTIONS, queue: 4 });
    try {
      const ledger = loadLedger();
      const gone = '2013-11-taobao-shuts-wechat-channel';
      const fewer = foldLedger({ ...ledger, events: ledger.events.filter((e) => e.id !== gone) });
      const input = WhatIfInput.parse({ without: [gone], at: '2016-01-01' });
      const [a, b, c] = await Promise.allSettled([
        pool.offload('whatIf', { index, revision: 1 }, input),
        pool.offload('whatIf', { index: fewer, revision: 2 }, input),
        pool.offload('whatIf', { index, revision: 1 }, input),
      ]);
      expect(a).toEqual({ status: 'fulfilled', value: JSON.parse(JSON.stringify(whatIf(index, input))) });
      expect(c).toEqual(a);
      // The other ledger lacks the event: the engine's own error, carried back from the worker.
      expect(b).toMatchObject({
        status: 'rejected',
        reason: { name: 'DomainError', kind: 'not-found', field: 'without.0' },
      });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('refuses a call past its queue with a 503, and an answer past the limit with a 413', async () => {
    const pool = new EnginePool(OPTIONS);
    try {
      const calls = [1, 2, 3].map(() => pool.offload('openness', { index, revision: 0 }, range));
      const settled = await Promise.allSettled(calls);
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      expect((settled[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      const tiny = new EnginePool({ ...OPTIONS, answerLimit: 1_000 });
      try {
        await expect(tiny.offload('openness', { index, revision: 0 }, range)).rejects.toMatchObject({
          code: 'PAYLOAD_TOO_LARGE',
          message: expect.stringMatching(/application\/x-ndjson/),
        });
      } finally {
        await tiny.close();
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('leaves room for others: a client past its share is refused (503), another client is answered', async () => {
    const pool = new EnginePool({ ...OPTIONS, queue: 4, perClient: 1 });
    try {
      const read = { index, revision: 0 };
      const settled = await Promise.allSettled([
        pool.offloadFor('flood')('openness', read, range),
        pool.offloadFor('flood')('openness', read, range),
        pool.offloadFor('quiet')('openness', read, range),
      ]);
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((settled[1] as PromiseRejectedResult).reason).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        message: expect.stringMatching(/one client may have 1 heavy call/),
      });
    } finally {
      await pool.close();
    }
  }, 60_000);
});

let live: LiveServer;
beforeAll(async () => {
  live = await startLiveServer();
}, 180_000);
afterAll(() => live?.close());

// One part each: 2,000 in full detail cost 4,000 units, over the pool threshold and within one minute's budget.
const broad = {
  host: 'wechat',
  surface: 'group-chat',
  capability: 'link.open',
  target: 'taobao',
  at: '2021-12-01',
};
const many = (n: number, detail: 'brief' | 'full') => ({
  questions: Array.from({ length: n }, (_, i) => (i === 3 ? { ...broad, host: 'nobody' } : broad)),
  detail,
});
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${live.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('large answers over HTTP', () => {
  it('streams decideMany as NDJSON, one slot a line, with the revision it read', async () => {
    const res = await postJson('/api/decide-many', many(2_000, 'full'), { accept: 'application/x-ndjson' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    expect(res.headers.get('hutong-revision')).toBe(String(live.runtime.ledger.revision));
    const lines = (await res.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2_000);
    expect(lines[3]).toMatchObject({ ok: false, error: { field: 'host' } });
    expect(lines[0]).toMatchObject({ ok: true, decision: { status: expect.any(String) } });
    // The same answers as the typed call gives.
    const small = await postJson('/trpc/decisions.decideMany', many(5, 'full'));
    const typed = ((await small.json()) as { result: { data: unknown[] } }).result.data;
    expect(lines.slice(0, 5)).toEqual(typed);
  }, 60_000);

  it('streams a large decideMany as chunked JSON when NDJSON is not asked, detail respected', async () => {
    const res = await postJson('/api/decide-many', many(2_000, 'brief'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    const body = (await res.json()) as { ok: boolean; decision?: Record<string, unknown> }[];
    expect(body).toHaveLength(2_000);
    expect(body[0]!.decision).not.toHaveProperty('nearby');
  }, 60_000);

  it('streams what-if as NDJSON: the answer, then a line per crossing', async () => {
    const res = await postJson(
      '/api/analysis/what-if',
      { without: ['2013-11-taobao-shuts-wechat-channel'], from: '2012-01-01', to: '2022-12-31' },
      { accept: 'application/x-ndjson' },
    );
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const [head, ...rest] = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(head).toMatchObject({ without: ['2013-11-taobao-shuts-wechat-channel'] });
    expect(head).not.toHaveProperty('crossings');
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((l) => 'crossing' in l || 'decision' in l)).toBe(true);
  }, 60_000);

  it('answers a bad streamed input 400 naming the field, as the procedure does', async () => {
    const res = await postJson(
      '/api/decide-many',
      { questions: [{ ...broad, at: '2021-13-01' }] },
      {
        accept: 'application/x-ndjson',
      },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/questions\.0\.at/);
  });

  it('keeps a tRPC answer within the size cap: a clear 413, never a 500', async () => {
    const { base } = await live.serverWith({
      pool: { ...OPTIONS, queue: 4, answerLimit: 2 ** 20 },
    });
    const res = await fetch(`${base}/trpc/decisions.decideMany`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(many(2_000, 'full')),
    });
    expect(res.status).toBe(413);
    const error = ((await res.json()) as { error: { message: string } }).error;
    expect(error.message).toMatch(/over 1 MB/);
  }, 60_000);
});
