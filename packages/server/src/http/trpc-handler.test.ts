import { request } from 'node:http';
import { wechatTaobaoQuestion } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { liveServerPerFile } from '../test-support/live-server-per-file';

const live = liveServerPerFile({ name: 'trpc-direct', role: 'editor' });

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** A request through node:http (fetch makes abort controllers of its own): status, headers, JSON body. */
function call(
  base: string,
  method: string,
  path: string,
  opts: { body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers: opts.headers ?? {} });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => {
        text += c;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) }),
      );
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

// tRPC's adapter makes an AbortController (for the request's signal) per call; the direct path none.
const Original = globalThis.AbortController;
let made = 0;
globalThis.AbortController = class extends Original {
  constructor() {
    super();
    made++;
  }
};

const q = { ...wechatTaobaoQuestion, at: '2021-12-01' };
const json = { 'content-type': 'application/json' };
const inputParam = (input: unknown) => encodeURIComponent(JSON.stringify(input));

/** One call directly (unbatched GET) and through the adapter (a batch of one), with what each made. */
async function bothWays(proc: string, input: unknown) {
  made = 0;
  const query = input === undefined ? '' : `?input=${inputParam(input)}`;
  const direct = await call(live.base, 'GET', `/trpc/${proc}${query}`);
  const directMade = made;
  made = 0;
  const batch = await call(live.base, 'GET', `/trpc/${proc}?batch=1&input=${inputParam({ 0: input })}`);
  return { direct, directMade, adapter: { ...batch, body: (batch.body as unknown[])[0] }, adapterMade: made };
}

describe('tRPC decide and decideMany, unbatched, answered without the generic adapter', () => {
  it('answer exactly as the adapter does, with the same headers and no per-call AbortController', async () => {
    const inputs: [string, unknown][] = [
      ['decisions.decide', q],
      ['decisions.decideMany', { questions: [q, { ...q, target: 'taobo' }], detail: 'full' }],
    ];
    for (const [proc, input] of inputs) {
      const { direct, directMade, adapter, adapterMade } = await bothWays(proc, input);
      expect(directMade).toBe(0);
      expect(adapterMade).toBeGreaterThan(0);
      expect(direct.status).toBe(200);
      expect(direct.body).toEqual(adapter.body);
      for (const header of ['content-type', 'vary', 'x-content-type-options', 'content-security-policy'])
        expect(direct.headers[header], header).toBe(adapter.headers[header]);
    }
  });

  it('keeps the errors in the adapter shape: 400 naming the field, 404 with suggestions', async () => {
    const cases: [unknown, number][] = [
      [{ ...q, surface: 'lobby' }, 400],
      [{ ...q, at: '2021-13-01' }, 400],
      [{ ...q, target: 'taobo' }, 404],
      [undefined, 400],
      // An unknown key is read as the schema reads it on every path (here: left out).
      [{ ...q, extra: 1 }, 200],
    ];
    for (const [input, status] of cases) {
      const { direct, adapter } = await bothWays('decisions.decide', input);
      expect(direct.status, JSON.stringify(input)).toBe(status);
      expect(adapter.status).toBe(status);
      expect(direct.body).toEqual(adapter.body);
      expect(direct.headers.vary).toBe(adapter.headers.vary);
    }
    const many = await bothWays('decisions.decideMany', { questions: [] });
    expect(many.direct.status).toBe(400);
    expect(many.direct.body).toEqual(many.adapter.body);
    expect(many.direct.body).toMatchObject({ error: { message: expect.stringMatching(/^questions: /) } });
  });

  it('takes a POST with a JSON body as the adapter does; other content types go to the adapter', async () => {
    made = 0;
    const post = await call(live.base, 'POST', '/trpc/decisions.decide', {
      body: JSON.stringify(q),
      headers: json,
    });
    expect(made).toBe(0);
    const get = await call(live.base, 'GET', `/trpc/decisions.decide?input=${inputParam(q)}`);
    expect(post).toMatchObject({ status: 200, body: get.body });
    made = 0;
    const text = await call(live.base, 'POST', '/trpc/decisions.decide', {
      body: JSON.stringify(q),
      headers: { 'content-type': 'text/plain' },
    });
    expect(made).toBeGreaterThan(0);
    expect(text.status).toBe(415);
  });

  it('is still admitted first: over budget, 429 with Retry-After before the procedure runs', async () => {
    const { base } = await live.serverWith({ addressBudget: 25 });
    const path = `/trpc/decisions.decide?input=${inputParam(q)}`;
    const statuses: number[] = [];
    let refused: Answer | undefined;
    for (let i = 0; i < 5 && !refused; i++) {
      const r = await call(base, 'GET', path);
      statuses.push(r.status);
      if (r.status === 429) refused = r;
    }
    expect(statuses[0]).toBe(200);
    expect(refused?.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused?.body).toMatchObject({ error: { data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429 } } });
  });
});
