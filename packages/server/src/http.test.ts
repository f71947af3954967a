import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveServer, sourceEdit, startLiveServer } from './test-support/live-server';

let live: LiveServer;
let editor: string;
let admin: string;
beforeAll(async () => {
  live = await startLiveServer();
  editor = (await live.runtime.store.tokens.create({ name: 'ed', role: 'editor' })).token;
  admin = (await live.runtime.store.tokens.create({ name: 'ad', role: 'admin' })).token;
}, 180_000);
afterAll(() => live?.close());

const post = (base: string, proc: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/trpc/${proc}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { message: string; data: Record<string, unknown> } }).error;

describe('auth over HTTP', () => {
  it('answers an edit without a token 401, with an unknown token 401, with too low a role 403', async () => {
    expect((await post(live.base, 'edits.append', { edits: [sourceEdit('a')] })).status).toBe(401);
    const forged = `hutong_${'0'.repeat(12)}_${'A'.repeat(43)}`;
    expect((await post(live.base, 'edits.append', { edits: [sourceEdit('a')] }, bearer(forged))).status).toBe(
      401,
    );
    const res = await post(live.base, 'tokens.create', { name: 'x', role: 'editor' }, bearer(editor));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toMatch(/admin role/);
  });

  it('lets an editor append, and reads right after see the edit', async () => {
    const res = await post(live.base, 'edits.append', { edits: [sourceEdit('http-1')] }, bearer(editor));
    expect(res.status).toBe(200);
    const sources = (await (await fetch(`${live.base}/trpc/sources.list`)).json()) as {
      result: { data: { id: string }[] };
    };
    expect(sources.result.data.map((s) => s.id)).toContain('http-1');
  });

  it('answers a stale baseRevision 409 with the current revision in error.data', async () => {
    const landed = await post(live.base, 'edits.append', { edits: [sourceEdit('http-2')] }, bearer(admin));
    const [first] = ((await landed.json()) as { result: { data: { revision: number }[] } }).result.data;
    const amend = { ...sourceEdit('http-2', 'new title'), action: 'amend', baseRevision: first!.revision };
    expect((await post(live.base, 'edits.append', { edits: [amend] }, bearer(editor))).status).toBe(200);
    const res = await post(live.base, 'edits.append', { edits: [amend] }, bearer(editor));
    expect(res.status).toBe(409);
    expect((await errorOf(res)).data).toMatchObject({
      code: 'CONFLICT',
      current: first!.revision + 1,
      field: 'baseRevision',
    });
  });

  it('answers 400 naming the field for a bad edit', async () => {
    const res = await post(
      live.base,
      'edits.append',
      { edits: [{ ...sourceEdit('x'), author: '' }] },
      bearer(editor),
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^edits\.0\.author: /);
  });

  it('stores text holding HTML and script, and returns it as JSON text, unchanged', async () => {
    const html = '<script>alert(1)</script><b onmouseover="x()">&lt;</b>';
    expect(
      (await post(live.base, 'edits.append', { edits: [sourceEdit('html', html)] }, bearer(editor))).status,
    ).toBe(200);
    const res = await fetch(
      `${live.base}/trpc/revisions.list?input=${encodeURIComponent(JSON.stringify({ id: 'html' }))}`,
    );
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const [rev] = ((await res.json()) as { result: { data: { body: { title: string } }[] } }).result.data;
    expect(rev?.body.title).toBe(html);
  });
});

describe('limits', () => {
  it('answers 413 to a body over the limit, declared or chunked, before reading it', async () => {
    const { base } = await live.serverWith({ bodyLimit: 1_000 });
    const big = { edits: [sourceEdit('big', 'x'.repeat(2_000))] };
    const res = await post(base, 'edits.append', big, bearer(editor));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toMatch(/limit is 1000/);
    const chunks = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(JSON.stringify(big)));
        c.close();
      },
    });
    const chunked = await fetch(`${base}/trpc/edits.append`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(editor) },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it("answers 429 with Retry-After past a token's edits a minute", async () => {
    const { base } = await live.serverWith({ editsPerMinute: 2 });
    const token = (await live.runtime.store.tokens.create({ name: 'busy', role: 'editor' })).token;
    for (const id of ['r-1', 'r-2'])
      expect((await post(base, 'edits.append', { edits: [sourceEdit(id)] }, bearer(token))).status).toBe(200);
    const res = await post(base, 'edits.append', { edits: [sourceEdit('r-3')] }, bearer(token));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another token, and reads, are not charged.
    expect((await post(base, 'edits.append', { edits: [sourceEdit('r-4')] }, bearer(editor))).status).toBe(
      200,
    );
    expect((await fetch(`${base}/trpc/sources.list`)).status).toBe(200);
  });

  it('answers 429 with Retry-After past an address’s budget a minute (a call costs 10)', async () => {
    const { base } = await live.serverWith({ addressBudget: 30 });
    for (let i = 0; i < 3; i++) expect((await fetch(`${base}/health`)).status).toBe(200);
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('CORS', () => {
  it('allows none by default', async () => {
    const res = await fetch(`${live.base}/trpc/sources.list`, {
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight from an allowed origin, letting it send a token', async () => {
    const { base } = await live.serverWith({ corsOrigins: ['https://app.example'] });
    const preflight = await fetch(`${base}/trpc/edits.append`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const refused = await fetch(`${base}/trpc/edits.append`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const any = await live.serverWith({ corsOrigins: '*' });
    const res = await fetch(`${any.base}/health`, { headers: { origin: 'https://x.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
