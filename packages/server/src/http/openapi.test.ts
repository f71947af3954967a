import { wechatTaobaoQuestion } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { sourceEdit } from '../test-support/live-server';
import { liveServerPerFile } from '../test-support/live-server-per-file';

const live = liveServerPerFile({ name: 'rest', role: 'editor' });

const json = async (res: Response) => ({
  status: res.status,
  // biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document and REST answers are read as loose JSON here
  body: (await res.json()) as Record<string, any>,
});
const get = (path: string) => fetch(live.base + path).then(json);

describe('the OpenAPI document', () => {
  it('describes every procedure but the subscription, generated from the router', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/decide',
        '/decide-many',
        '/events',
        '/events/{id}',
        '/edits',
        '/analysis/compliance',
      ]),
    );
    const surface = body.paths['/decide'].get.parameters.find((p: { name: string }) => p.name === 'surface');
    expect(surface.schema.enum).toContain('group-chat');
    // One default surface everywhere: `*`, so REST callers may leave it out.
    expect(surface.required).not.toBe(true);
  });

  it('is served as a page to read at /openapi.html, under the same security headers', async () => {
    const res = await fetch(`${live.base}/openapi.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<code>GET /api/decide</code>');
  });

  it('marks edits with their bearer-token requirement, and reads as public', async () => {
    const { body } = await get('/openapi.json');
    expect(body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(body.paths['/edits'].post.security).toEqual([{ bearer: [] }]);
    // Public reads say so explicitly (`security: []`), as OpenAPI linters ask.
    expect(body.paths['/decide'].get.security).toEqual([]);
  });
});

describe('REST under /api', () => {
  it('answers a decision from query parameters', async () => {
    const q = 'host=wechat&surface=private-chat&capability=link.open&target=taobao';
    expect((await get(`/api/decide?${q}&at=2020-06-01`)).body.status).toBe('blocked');
    expect((await get(`/api/decide?${q}&at=2021-12-01`)).body.status).toBe('open');
  });

  it('coerces numeric query parameters and path parameters', async () => {
    const { body } = await get('/api/events?actor=xianyu&limit=2');
    expect(body.items).toHaveLength(2);
    expect((await get(`/api/events/${body.items[0].event.id}`)).body.event.id).toBe(body.items[0].event.id);
  });

  it('answers bad input with a 400 that names the field', async () => {
    const { status, body } = await get(
      '/api/decide?host=wechat&surface=lobby&capability=link.open&target=taobao&at=2021-12-01',
    );
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('surface');
  });

  it('answers an unknown regulation with a 404 naming the closest ids, and a source by its id', async () => {
    const { status, body } = await get('/api/analysis/compliance?at=2021-10-15&regulation=miit-2021');
    expect(status).toBe(404);
    expect(body.message).toMatch(/unknown regulation "miit-2021" — did you mean miit-2021-link-blocking/);
    const source = await get('/api/sources/zimubang-2021-11-29-wechat-goldmine');
    expect(source.status).toBe(200);
    expect(source.body.events.length).toBeGreaterThan(0);
  });

  it('refuses an edit without a token and records one with it', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${live.base}/api/edits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ edits: [sourceEdit('rest-source')] }),
      }).then(json);
    expect((await post({})).status).toBe(401);
    const { status, body } = await post({ authorization: `Bearer ${live.token}` });
    expect(status).toBe(200);
    expect(body[0]).toMatchObject({ entity: 'source', id: 'rest-source', action: 'record' });
  });

  it('spends a token’s edit budget on edits only, not on reads that POST', async () => {
    const { base } = await live.serverWith({ editsPerMinute: 1 });
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${live.token}` },
        body: JSON.stringify(body),
      });
    const decideMany = () => post('/api/decide-many', { questions: [wechatTaobaoQuestion] });
    for (let i = 0; i < 3; i++) expect((await decideMany()).status).toBe(200);
    expect((await post('/api/edits', { edits: [sourceEdit('budget-1')] })).status).toBe(200);
    const refused = await post('/api/edits', { edits: [sourceEdit('budget-2')] });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
