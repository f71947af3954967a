import { describe, expect, it } from 'vitest';
import { parseValidAtom } from '../test-support/atom';
import { liveServerPerFile } from '../test-support/live-server-per-file';

const live = liveServerPerFile({ name: 'feeds', role: 'editor' });

const crossing = 'host=wechat&surface=private-chat&capability=link.open&target=taobao';
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${live.base}${path}`, { headers });
const feedOf = async (path: string) => {
  const res = await get(path);
  expect(res.status).toBe(200);
  return { res, feed: parseValidAtom(await res.text()) };
};
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { message: string; data: { field: string; suggestions: string[] } } })
    .error;

/** An event that blocks WeChat's private chats to Taobao links again, on `date`, through the edits API. */
async function recordBlock(id: string, date: string) {
  const res = await fetch(`${live.base}/api/edits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${live.token}` },
    body: JSON.stringify({
      edits: [
        {
          entity: 'event',
          id,
          action: 'record',
          author: 'feed tests',
          reason: 'a feed should show this',
          body: {
            id,
            date,
            precision: 'day',
            kind: 'block',
            title: { zh: '再次屏蔽', en: 'WeChat blocks Taobao links <again>' },
            summary: { zh: '再次屏蔽', en: 'a test event' },
            actors: ['wechat', 'taobao'],
            changes: [
              {
                host: 'wechat',
                surface: 'private-chat',
                capability: 'link.open',
                target: 'taobao',
                status: 'blocked',
              },
            ],
            confidence: 'confirmed',
            sources: [{ source: 'huxiu-2021-07-15-open-ecosystems', quote: 'a test quote' }],
          },
        },
      ],
    }),
  });
  expect(res.status).toBe(200);
}

describe('the revisions feed', () => {
  it('is valid Atom: the latest revisions newest first, each linking to the page of what it touched', async () => {
    const { res, feed } = await feedOf('/feeds/revisions.atom');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const head = (await (await get('/health')).json()) as { revision: number };
    const numbers = feed.entries.map((e) => Number(e.id?.replace('urn:hutong:revision:', '')));
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => head.revision - i));
    expect(feed.link(feed.links)).toBe(`${live.base}/`);
    expect(feed.link(feed.links, 'self')).toBe(`${live.base}/feeds/revisions.atom`);
    for (const e of feed.entries) {
      expect(feed.link(e.links)).toMatch(
        new RegExp(`^${live.base}/(events|actors|sources)/[^/]+$|/compliance`),
      );
      expect(e.authors?.[0]?.name).toBeTruthy();
    }
  });

  it('answers If-None-Match with 304 while the ledger is unchanged, and HEAD without a body', async () => {
    const first = await get('/feeds/revisions.atom');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"r\d+-/);
    const again = await get('/feeds/revisions.atom', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get('/feeds/revisions.atom', { 'if-none-match': `W/${etag}` })).status).toBe(304);
    // Another feed, or another query, has its own tag.
    const other = await get(`/feeds/crossing.atom?${crossing}`, { 'if-none-match': etag });
    expect(other.status).toBe(200);
    const head = await fetch(`${live.base}/feeds/revisions.atom`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(await head.text()).toBe('');
  });
});

describe('the crossing feed', () => {
  it('has one entry per status change of the history, linking to the deciding event', async () => {
    const { feed } = await feedOf(`/feeds/crossing.atom?${crossing}`);
    const history = (await (await get(`/api/history?${crossing}`)).json()) as {
      segments: { from: string | null; status: string; rule: { event: string } | null }[];
    };
    const dated = history.segments
      .map((s, i) => ({ ...s, before: history.segments[i - 1]?.status ?? 'unknown' }))
      .filter((s) => s.from !== null)
      .reverse();
    expect(feed.entries).toHaveLength(dated.length);
    expect(dated.length).toBeGreaterThan(1);
    feed.entries.forEach((e, i) => {
      const s = dated[i]!;
      expect(e.updated).toBe(`${s.from}T00:00:00.000Z`);
      expect(e.title?.value).toContain(
        s.before === s.status
          ? `still ${s.status}, newly decided on ${s.from}`
          : `${s.before} → ${s.status} on ${s.from}`,
      );
      if (s.rule) expect(feed.link(e.links)).toBe(`${live.base}/events/${s.rule.event}`);
    });
    expect(feed.link(feed.links)).toBe(`${live.base}/ask?${crossing}`);
  });

  it('refuses a bad field with 400 and an unknown actor with 404, naming the field and the closest ids', async () => {
    const bad = await get('/feeds/crossing.atom?host=wechat&surface=chat&capability=link.open&target=taobao');
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/^surface: /);
    const unknown = await get(
      '/feeds/crossing.atom?host=wechatt&surface=group-chat&capability=link.open&target=taobao',
    );
    expect(unknown.status).toBe(404);
    const err = await errorOf(unknown);
    expect(err.message).toMatch(/^host: unknown actor "wechatt" — did you mean wechat/);
    expect(err.data.suggestions).toContain('wechat');
    const none = await get('/feeds/crossing.atom?host=wechat&surface=group-chat&capability=link.open');
    expect(none.status).toBe(400);
    expect((await errorOf(none)).data.field).toBe('target');
  });
});

describe('the actor feed', () => {
  it('carries the status changes of crossings where the actor is host or target, and the edits touching it', async () => {
    const { feed } = await feedOf('/feeds/actor/taobao.atom');
    expect(feed.entries.length).toBeGreaterThan(0);
    for (const e of feed.entries)
      expect(e.id).toMatch(/^urn:hutong:(crossing:[^:]+:[^:]+:[^:]+:[^:]+:change:|revision:)/);
    const crossings = feed.entries.filter((e) => e.id?.startsWith('urn:hutong:crossing:'));
    for (const e of crossings) {
      const [host, , , target] = e.id!.split(':').slice(3, 7);
      expect([host, target]).toContain('taobao');
    }
    expect(feed.link(feed.links)).toBe(`${live.base}/actors/taobao`);
  });

  it('answers an unknown actor 404 with the closest ids, and a malformed id 400', async () => {
    const res = await get('/feeds/actor/taobo.atom');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).data).toMatchObject({
      field: 'id',
      suggestions: expect.arrayContaining(['taobao']),
    });
    expect((await get(`/feeds/actor/${'x'.repeat(200)}.atom`)).status).toBe(400);
  });
});

describe('feeds and edits', () => {
  it('change after an edit: a new entry in each feed, and a new ETag', async () => {
    const paths = ['/feeds/revisions.atom', `/feeds/crossing.atom?${crossing}`, '/feeds/actor/wechat.atom'];
    const before = await Promise.all(paths.map((p) => get(p)));
    const tags = before.map((r) => r.headers.get('etag')!);
    await recordBlock('2025-06-01-feed-test-block', '2025-06-01');
    for (const [i, path] of paths.entries()) {
      const res = await get(path, { 'if-none-match': tags[i]! });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('etag')).not.toBe(tags[i]);
      const feed = parseValidAtom(await res.text());
      const links = feed.entries.map((e) => feed.link(e.links));
      expect(links, path).toContain(`${live.base}/events/2025-06-01-feed-test-block`);
    }
    const { feed } = await feedOf(`/feeds/crossing.atom?${crossing}`);
    // Escaped once: the title reads as written, markup and all.
    expect(feed.entries[0]!.updated).toBe('2025-06-01T00:00:00.000Z');
    expect(feed.entries[0]!.title?.value).toMatch(/→ blocked on 2025-06-01$/);
    const revisions = await feedOf('/feeds/revisions.atom');
    expect(revisions.feed.entries[0]!.title?.value).toContain('WeChat blocks Taobao links &lt;again&gt;');
  });
});

describe('methods and paths', () => {
  it('answers another method 405 with Allow, and an unknown feed 404 listing the feeds', async () => {
    const res = await fetch(`${live.base}/feeds/revisions.atom`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    const missing = await get('/feeds/everything.atom');
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).message).toContain('/feeds/revisions.atom');
  });
});

describe('costs', () => {
  // On a 1,500-unit budget (refilling 25 a second) a feed runs once, and asking again at once is
  // refused with its cost in the message.
  const costOf = async (path: string) => {
    const { base } = await live.serverWith({ addressBudget: 1_500 });
    expect((await fetch(`${base}${path}`)).status).toBe(200);
    const again = await fetch(`${base}${path}`);
    expect(again.status).toBe(429);
    const { message } = ((await again.json()) as { error: { message: string } }).error;
    return Number(/this request costs (\d+) work units/.exec(message)?.[1]);
  };

  it('charges a crossing feed as decisions.history, and an actor feed that plus its scan', async () => {
    expect(await costOf(`/feeds/crossing.atom?${crossing}`)).toBe(1_010);
    expect(await costOf('/feeds/actor/taobao.atom')).toBe(1_110);
  });
});
