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

async function dropConnections(): Promise<void> {
  // The server's sockets close as in a restart or a proxy timeout; the client reconnects by itself.
  live.server.closeAllConnections();
}
