import { request } from 'node:http';
import { wechatTaobaoQuestion } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { liveServerPerFile } from '../test-support/live-server-per-file';

const live = liveServerPerFile({ name: 'fast', role: 'editor' });

/** A request through node:http (fetch makes abort controllers of its own), its status and JSON body. */
function call(method: string, path: string, body?: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(`${live.base}${path}`, { method, headers: { 'content-type': 'application/json' } });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => {
        text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// The OpenAPI adapter makes an AbortController (for the request's signal) per call; the direct path none.
const Original = globalThis.AbortController;
let made = 0;
globalThis.AbortController = class extends Original {
  constructor() {
    super();
    made++;
  }
};

const q = { ...wechatTaobaoQuestion, at: '2021-12-01' };
const trpc = (proc: string, input: unknown) =>
  call('GET', `/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`);

describe('REST decide and decideMany, called without the generic adapter', () => {
  it('answer as tRPC does, with no per-call AbortController (the adapter path makes one)', async () => {
    made = 0;
    const rest = await call('GET', `/api/decide?${new URLSearchParams(q)}`);
    expect(made).toBe(0);
    const viaTrpc = (await trpc('decisions.decide', q)).body as { result: { data: unknown } };
    expect(rest).toEqual({ status: 200, body: viaTrpc.result.data });
    made = 0;
    const many = await call('POST', '/api/decide-many', JSON.stringify({ questions: [q, q] }));
    expect(made).toBe(0);
    expect(many.status).toBe(200);
    expect(many.body).toHaveLength(2);
    await call('GET', '/api/actors');
    expect(made).toBeGreaterThan(0);
  });

  it('keep the errors: 400 naming the field, 404 with suggestions, in the adapter shape', async () => {
    const bad = await call('GET', `/api/decide?${new URLSearchParams({ ...q, surface: 'lobby' })}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^surface: /),
      data: { httpStatus: 400, path: 'decisions.decide', fieldErrors: { surface: expect.any(Array) } },
    });
    const unknown = await call('GET', `/api/decide?${new URLSearchParams({ ...q, target: 'taobo' })}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      code: 'NOT_FOUND',
      data: { field: 'target', suggestions: expect.arrayContaining(['taobao']) },
    });
    const empty = await call('POST', '/api/decide-many', JSON.stringify({ questions: [] }));
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ message: expect.stringMatching(/^questions: /) });
  });

  it('takes every surface (*) when none is given, as the CLI, terminal UI and web do', async () => {
    const { surface: _, ...noSurface } = q;
    const r = await call('GET', `/api/decide?${new URLSearchParams(noSurface)}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ question: { surface: '*' } });
  });
});
