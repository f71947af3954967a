import { request } from 'node:http';
import { connect } from 'node:net';
import { wechatTaobaoQuestion } from '@hutong/domain/testing';
import { RecordedLedgers } from '@hutong/runtime/read-model';
import { describe, expect, it } from 'vitest';
import { createHutongServer, listen } from '../server';
import { sourceEdit } from '../test-support/live-server';
import { liveServerPerFile } from '../test-support/live-server-per-file';

const live = liveServerPerFile({ name: 'adm', role: 'editor' });

const read = async (res: Response) => ({
  status: res.status,
  headers: res.headers,
  // biome-ignore lint/suspicious/noExplicitAny: error bodies are read as loose JSON here
  body: (await res.json()) as any,
});
const send = (base: string, path: string, init: RequestInit = {}) => fetch(base + path, init).then(read);
const postJson = (base: string, path: string, body: string, headers: Record<string, string> = {}) =>
  send(base, path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const deep = (n: number) => `{"questions":${'['.repeat(n)}${']'.repeat(n)}}`;
const q = wechatTaobaoQuestion;

/** A method fetch refuses to send (TRACE), through node:http. */
function raw(
  method: string,
  path: string,
): Promise<{ status: number; allow: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${live.base}${path}`, { method }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('methods a route does not serve', () => {
  it('answers 405 with Allow: TRACE anywhere, PUT on a POST route, POST on a GET route', async () => {
    expect(await raw('TRACE', '/trpc/x')).toMatchObject({ status: 405, allow: 'GET, POST' });
    expect(await raw('PUT', '/api/decide-many')).toMatchObject({ status: 405, allow: 'POST' });
    expect(await raw('POST', '/api/decide')).toMatchObject({ status: 405, allow: 'GET' });
    expect(await raw('DELETE', '/health')).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    expect((await raw('TRACE', '/')).body).toMatch(/TRACE is not served here/);
  });
});

describe('JSON nesting', () => {
  it('refuses 4,500 levels with 400 before parsing, on REST, tRPC bodies and ?input=, without a token', async () => {
    for (const path of [
      '/api/decide-many',
      '/api/edits',
      '/trpc/decisions.decideMany',
      '/trpc/edits.append',
    ]) {
      const res = await postJson(live.base, path, deep(4_500));
      expect(res.status, path).toBe(400);
      expect(res.body.error?.message ?? res.body.message, path).toMatch(/nested deeper than 64/);
    }
    const get = await send(live.base, `/trpc/decisions.decide?input=${encodeURIComponent(deep(200))}`);
    expect(get.status).toBe(400);
  });

  it('still answers a body that is not JSON with a 400', async () => {
    expect((await postJson(live.base, '/api/decide-many', '{"questions": [')).status).toBe(400);
  });
});

describe('REST 400s', () => {
  it('refuse a 900 KB title, and a note or name past its limit, naming the field', async () => {
    const { base } = await live.serverWith({ addressBudget: 10_000_000 });
    const auth = { authorization: `Bearer ${live.token}` };
    const huge = JSON.stringify({ edits: [sourceEdit('huge-title', 'x'.repeat(900_000))] });
    const res = await postJson(base, '/api/edits', huge, auth);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^edits\.0\.body\.title: must be at most 300 characters/);
    const actor = (name: string, description: string) => ({
      entity: 'actor',
      id: 'long-actor',
      action: 'record',
      body: {
        id: 'long-actor',
        kind: 'platform',
        name: { zh: '长', en: name },
        description: { zh: '长', en: description },
      },
      author: 'tests',
      reason: 'limits',
    });
    const longName = await postJson(
      base,
      '/api/edits',
      JSON.stringify({ edits: [actor('n'.repeat(301), 'd')] }),
      auth,
    );
    expect(longName.body.message).toMatch(/^edits\.0\.body\.name\.en: must be at most 300/);
    const longNote = await postJson(
      base,
      '/api/edits',
      JSON.stringify({ edits: [actor('n', 'd'.repeat(4_001))] }),
      auth,
    );
    expect(longNote.body.message).toMatch(/^edits\.0\.body\.description\.en: must be at most 4,000/);
  });

  it('refuse recordedAt in year 0000 on every read as recorded, naming the field; 0001 with an offset is no 5xx', async () => {
    const { base } = await live.serverWith({ addressBudget: 10_000_000 });
    const year0 = '0000-06-01T00:00:00Z';
    const crossing = new URLSearchParams({ ...q, at: '2021-12-01' }).toString();
    const gets = [
      `/api/decide?${crossing}`,
      `/api/history?host=wechat&surface=group-chat&capability=link.open&target=taobao`,
      '/api/analysis/compliance?at=2021-10-15',
      '/api/events',
      '/api/ledger/as-of?at=2021-10-15',
      '/api/analysis/openness?host=wechat&target=alibaba',
    ];
    for (const path of gets) {
      const res = await send(base, `${path}${path.includes('?') ? '&' : '?'}recordedAt=${year0}`);
      expect(res.status, path).toBe(400);
      expect(res.body.message, path).toMatch(/^recordedAt: .*year 0000/);
    }
    const posts: [string, unknown][] = [
      ['/api/analysis/what-if', { without: [], at: '2021-10-15' }],
      ['/api/why-not', { question: { ...q, at: '2021-12-01' } }],
      ['/api/decide-many', { questions: [{ ...q, at: '2021-12-01' }] }],
    ];
    for (const [path, body] of posts) {
      const res = await postJson(base, path, JSON.stringify({ ...(body as object), recordedAt: year0 }));
      expect(res.status, path).toBe(400);
      expect(res.body.message, path).toMatch(/^recordedAt: .*year 0000/);
    }
    // The earliest instant there is, written with an offset that puts it in 1 BC: the database holds
    // it, and nothing was recorded then, so WeChat is unknown (404), not a database error.
    const early = encodeURIComponent('0001-01-01T00:00:00+01:00');
    const res = await send(base, `/api/decide?${crossing}&recordedAt=${early}`);
    expect([res.status, res.body.message]).toEqual([404, expect.stringMatching(/^host: unknown actor/)]);
  });

  it('name the field in the message, as tRPC does', async () => {
    const res = await send(
      live.base,
      '/api/decide?host=wechat&surface=lobby&capability=link.open&target=taobao&at=2021-12-01',
    );
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^surface: /);
    expect(res.body.data.fieldErrors.surface).toBeDefined();
  });

  it.each(['abcd-10-15', '２０２１-10-15', '    -10-15', '0000-01-01'])(
    'refuses the date %s in a query string and a body',
    async (at) => {
      const query = new URLSearchParams({ ...q, at }).toString();
      const rest = await send(live.base, `/api/decide?${query}`);
      expect(rest.status).toBe(400);
      expect(rest.body.message).toMatch(/^at: /);
      const trpc = await postJson(
        live.base,
        '/trpc/decisions.decideMany',
        JSON.stringify({ questions: [{ ...q, at }] }),
      );
      expect(trpc.status).toBe(400);
      expect(trpc.body.error.message).toMatch(/^questions\.0\.at: /);
    },
  );
});

describe('cost-based limits', () => {
  it('caps a tRPC batch at 50 calls', async () => {
    const paths = Array.from({ length: 500 }, () => 'analysis.openness').join(',');
    const res = await send(live.base, `/trpc/${paths}?batch=1&input=%7B%7D`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^this batch has 500 calls; at most 50 in one batch \(HUTONG_MAX_BATCH\)/,
    );
  });

  it('makes a batch share its calls’ caps: five wide ranges, each within the cap alone, are a 400 together', async () => {
    // A budget too small for one range, not full (a call over a whole budget runs on a full one): a
    // call past no cap is refused for its price (429), not for a cap.
    const { base } = await live.serverWith({ addressBudget: 1_000 });
    await send(base, '/health');
    const wide = { host: 'tencent', target: 'alibaba', from: '1990-01-01', to: '2100-12-31' };
    const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v));
    const five = Array.from({ length: 5 }, () => 'analysis.openness').join(',');
    const inputs = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [i, wide]));
    const res = await send(base, `/trpc/${five}?batch=1&input=${enc(inputs)}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^from: this batch of 5 calls covers [\d,]+ months × platform pairs in all; a batch shares one call's cap, at most 1,000,000/,
    );
    // Refused for its price, after the batch (a refusal drains the budget): within the cap alone.
    const one = await send(base, `/trpc/analysis.openness?input=${enc(wide)}`);
    expect(one.status).toBe(429);
  });

  it('charges a batch per call and an openness range by its months, with 429 and Retry-After', async () => {
    // A budget below any openness, not full (a call over a whole budget runs on a full one): each 429
    // states the price, so the test reads it rather than copies it.
    const price = async (path: string, budget = 20) => {
      const { base } = await live.serverWith({ addressBudget: budget });
      await send(base, '/health');
      const res = await send(base, path);
      expect(res.status, path).toBe(429);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      return Number(/costs (\d+) work units/.exec(res.body.error.message)?.[1]);
    };
    const year = { host: 'wechat', target: 'alibaba', from: '2020-01-01', to: '2020-12-31' };
    const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v));
    const oneYear = await price(`/trpc/analysis.openness?input=${enc(year)}`);
    expect(oneYear).toBeGreaterThan(20);
    // Two years cost twice the months' part; the call's base (10) once.
    const twoYears = await price(`/trpc/analysis.openness?input=${enc({ ...year, to: '2021-12-31' })}`);
    expect(twoYears - 10).toBe(2 * (oneYear - 10));
    const three = Array.from({ length: 3 }, () => 'analysis.openness').join(',');
    // Its base is affordable (3 × 10 of the 30 left), its whole price is not.
    const batch = `/trpc/${three}?batch=1&input=${enc({ 0: year, 1: year, 2: year })}`;
    expect(await price(batch, 40)).toBe(3 * oneYear);
  });

  it('refuses a range outside 1990-2100 and a call past a cap with a 400 saying the limit', async () => {
    const { base } = await live.serverWith({ addressBudget: 10_000_000 });
    const year0 = await send(base, '/api/analysis/openness?host=wechat&target=alibaba&from=0001-01-01');
    expect(year0.status).toBe(400);
    expect(year0.body.message).toMatch(/^from: 0001-01-01 is outside 1990-01-01 to 2100-12-31/);
    const broad = {
      host: 'tencent',
      surface: '*',
      capability: 'link.open',
      target: 'alibaba',
      at: '2021-01-01',
    };
    const many = JSON.stringify({ questions: Array.from({ length: 1_000 }, () => broad), detail: 'full' });
    const capped = await postJson(base, '/api/decide-many', many);
    expect(capped.status).toBe(400);
    expect(capped.body.error?.message ?? capped.body.message).toMatch(
      /^questions: this decisions.decideMany call covers [\d,]+ question parts; at most 100,000 per call/,
    );
  });

  it('charges decideMany per question, and refuses before any work: an over-budget edit never lands', async () => {
    const { base } = await live.serverWith({ addressBudget: 500, tokenBudget: 15 });
    // 300 questions cost 310 of the 500 units: the second such call is refused.
    const many = JSON.stringify({ questions: Array.from({ length: 300 }, () => q) });
    expect((await postJson(base, '/api/decide-many', many)).status).toBe(200);
    expect((await postJson(base, '/api/decide-many', many)).status).toBe(429);
    const auth = { authorization: `Bearer ${live.token}` };
    const edit = (id: string) => JSON.stringify({ edits: [sourceEdit(id)] });
    expect((await postJson(base, '/api/edits', edit('cost-1'), auth)).status).toBe(200);
    const refused = await postJson(base, '/api/edits', edit('cost-2'), auth);
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/the token "adm"/);
    const sources = (await live.runtime.store.ledger()).sources.map((s) => s.id);
    expect(sources).toContain('cost-1');
    expect(sources).not.toContain('cost-2');
  });

  it('takes the address from X-Forwarded-For only through HUTONG_TRUST_PROXY trusted proxies', async () => {
    const spoofable = await live.serverWith({ addressBudget: 10 });
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    expect((await send(spoofable.base, '/health', from('10.0.0.1'))).status).toBe(200);
    expect((await send(spoofable.base, '/health', from('10.0.0.2'))).status).toBe(429);
    const proxied = await live.serverWith({ addressBudget: 10, trustProxy: 1 });
    expect((await send(proxied.base, '/health', from('10.0.0.1'))).status).toBe(200);
    expect((await send(proxied.base, '/health', from('10.0.0.2'))).status).toBe(200);
    expect((await send(proxied.base, '/health', from('10.0.0.1'))).status).toBe(429);
    // A client's own entry before the proxy's is not believed: the proxy's appended one counts.
    expect((await send(proxied.base, '/health', from('10.0.0.9, 10.0.0.1'))).status).toBe(429);
  });

  it('with HUTONG_TRUST_PROXY naming the proxies, believes X-Forwarded-For only from them', async () => {
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    // The test connects from 127.0.0.1: named, it is a proxy and the forwarded address counts.
    const proxied = await live.serverWith({ addressBudget: 10, trustProxy: ['127.0.0.1'] });
    expect((await send(proxied.base, '/health', from('10.0.0.1'))).status).toBe(200);
    expect((await send(proxied.base, '/health', from('10.0.0.2'))).status).toBe(200);
    expect((await send(proxied.base, '/health', from('10.0.0.2'))).status).toBe(429);
    // Not named, its header is its own word: every spoofed address is the one peer, refused alike.
    const direct = await live.serverWith({ addressBudget: 10, trustProxy: ['10.9.9.9'] });
    expect((await send(direct.base, '/health', from('10.0.0.1'))).status).toBe(200);
    expect((await send(direct.base, '/health', from('10.0.0.2'))).status).toBe(429);
  });
});

describe('as recorded at', () => {
  it('answers 503 with Retry-After when the fold queue is full', async () => {
    // A queue of none: every fold is refused, and the live revision still answers (it needs none).
    const recorded = new RecordedLedgers(live.runtime.store, { maxFolds: 0 }, live.runtime.ledger);
    const server = createHutongServer({
      ledger: live.runtime.ledger,
      storeKind: 'pglite',
      live: { ...live.runtime, recorded },
    });
    const base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
    try {
      const at = (r: string) => fetch(`${base}/api/ledger/as-of?at=2021-10-15&recordedAt=${r}`);
      const busy = await at('2000-01-01T00:00:00Z');
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('1');
      expect(((await busy.json()) as { message: string }).message).toMatch(/^recordedAt: /);
      expect((await at('2099-01-01T00:00:00Z')).status).toBe(200);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('bodies that fit the promise', () => {
  it('takes 10,000 URL-style questions (1.3 MB) in one decideMany', async () => {
    const url = `https://item.taobao.com/item.htm?id=${'1'.repeat(40)}`;
    const questions = Array.from({ length: 10_000 }, () => ({ ...q, target: undefined, url }));
    const body = JSON.stringify({ questions });
    expect(body.length).toBeGreaterThan(1_048_576);
    const res = await postJson(live.base, '/api/decide-many', body);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(10_000);
    // Other routes keep the 1 MiB limit.
    expect((await postJson(live.base, '/api/edits', body)).status).toBe(413);
  }, 60_000);
});

describe('security headers', () => {
  it('are on every answer: the API, errors and the web app', async () => {
    for (const path of ['/health', '/api/decide?x=1', '/trpc/sources.list', '/', '/no-such-page']) {
      const res = await fetch(live.base + path);
      expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('content-security-policy'), path).toMatch(/script-src 'self'(;|$)/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it("are on the answers Node's own parser gives: 431 for headers too large, 400 for a malformed request", async () => {
    const big = await rawHead(`GET /health HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(big).toMatch(/\r\ncontent-security-policy: default-src 'self'/);
    expect(big).toMatch(/\r\nx-content-type-options: nosniff/);
    expect(big).toMatch(/"httpStatus":431/);
    const bad = await rawHead('GET /health HTTP/1.1\r\nbad header\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400 /);
    expect(bad).toMatch(/\r\nx-frame-options: DENY/);
  });
});

/** What the server writes back to `text` sent as is on a fresh connection. */
function rawHead(text: string): Promise<string> {
  const { port } = new URL(live.base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.on('data', (c) => {
      got += c;
    });
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
    socket.setTimeout(5_000, () => socket.destroy());
  });
}
