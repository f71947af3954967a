import { createHutongClient, remoteLinks } from '@hutong/client';
import type { Revision } from '@hutong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveServer, sourceEdit, startLiveServer } from './test-support/live-server';
import { readFrames, type SseFrame } from './test-support/sse-frames';

let live: LiveServer;
beforeAll(async () => {
  live = await startLiveServer();
}, 180_000);
afterAll(() => live?.close());

const append = (...ids: string[]) => live.runtime.store.append(ids.map((id) => sourceEdit(id)));

/** Resolves once `predicate` holds, polling; fails after `ms`. */
async function until(predicate: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens `revisions.onAppend` raw, as any SSE client would, and reads until `done`. */
async function subscribeRaw(headers: Record<string, string>, done: (frames: SseFrame[]) => boolean) {
  const ac = new AbortController();
  const res = await fetch(`${live.base}/trpc/revisions.onAppend`, { headers, signal: ac.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return readFrames(res, done, () => ac.abort());
}

const revisionsIn = (frames: SseFrame[]) =>
  frames.filter((f) => f.event === null && f.id !== null).map((f) => JSON.parse(f.data) as Revision);

describe('revisions.onAppend over SSE', () => {
  it('streams new revisions to the typed client, and resumes after a dropped connection missing none and repeating none', async () => {
    const client = createHutongClient(remoteLinks({ url: live.base }));
    const seen: number[] = [];
    let started = false;
    const sub = client.revisions.onAppend.subscribe(undefined, {
      onStarted: () => {
        started = true;
      },
      onData: (e) => seen.push(e.data.revision),
    });
    await until(() => started);
    const first = await append('live-1', 'live-2', 'live-3');
    await until(() => seen.length === 3);
    // The server drops every connection; revisions land while the client is away.
    await dropConnections();
    const second = await append('live-4', 'live-5');
    const third = await append('live-6');
    const all = [...first, ...second, ...third].map((r) => r.revision);
    await until(() => seen.length >= all.length);
    await new Promise((r) => setTimeout(r, 300));
    sub.unsubscribe();
    expect(seen).toEqual(all);
  }, 30_000);

  it('answers a reconnect carrying Last-Event-ID with exactly the revisions after it', async () => {
    const landed = await append('gap-1', 'gap-2', 'gap-3', 'gap-4');
    const after = landed[1]!.revision;
    const frames = await subscribeRaw({ 'last-event-id': String(after) }, (f) => revisionsIn(f).length >= 2);
    expect(revisionsIn(frames).map((r) => r.id)).toEqual(['gap-3', 'gap-4']);
    expect(frames.filter((f) => f.id !== null).map((f) => f.id)).toEqual(
      landed.slice(2).map((r) => String(r.revision)),
    );
  });

  it('answers a malformed Last-Event-ID with a 400 error in the stream, naming the field', async () => {
    const frames = await subscribeRaw({ 'last-event-id': 'nope' }, (f) =>
      f.some((x) => x.event === 'serialized-error'),
    );
    const error = JSON.parse(frames.find((f) => f.event === 'serialized-error')!.data);
    expect(error).toMatchObject({
      data: { httpStatus: 400 },
      message: expect.stringMatching(/^lastEventId: /),
    });
  });
});

describe('what one client can hold', () => {
  it('caps the event streams one address holds open, and all of them, freeing a slot when one closes', async () => {
    const { base } = await live.serverWith({ streamsPerAddress: 2, streamsTotal: 1_000 });
    const open = async (server = base) => {
      const ac = new AbortController();
      const res = await fetch(`${server}/trpc/revisions.onAppend`, { signal: ac.signal });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), close: () => ac.abort() };
    };
    const [a, b] = [await open(), await open()];
    expect([a.status, b.status]).toEqual([200, 200]);
    const third = await open();
    expect([third.status, third.retryAfter]).toEqual([429, '5']);
    a.close();
    // The server frees the slot when it sees the connection close.
    let again = await open();
    for (let i = 0; i < 50 && again.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      again = await open();
    }
    expect(again.status).toBe(200);
    for (const s of [b, again]) s.close();

    const global = await live.serverWith({ streamsPerAddress: 10, streamsTotal: 1 });
    const only = await open(global.base);
    const refused = await open(global.base);
    expect([only.status, refused.status, refused.retryAfter]).toEqual([200, 503, '5']);
    only.close();
  });

  it('charges a replay from Last-Event-ID per revision replayed', async () => {
    const head = await live.runtime.store.head();
    // A budget a plain subscription fits and a replay of the whole log does not; the 429 states the price.
    const { base } = await live.serverWith({ addressBudget: 20 });
    await fetch(`${base}/health`);
    const res = await fetch(`${base}/trpc/revisions.onAppend`, { headers: { 'last-event-id': '0' } });
    expect(res.status).toBe(429);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toMatch(new RegExp(`costs ${Math.ceil(10 + head / 10)} work units`));
  });
});

async function dropConnections(): Promise<void> {
  // The server's sockets close as in a restart or a proxy timeout; the client reconnects by itself.
  live.server.closeAllConnections();
}
