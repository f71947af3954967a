import { appRouter } from '@hutong/router';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liveServerPerFile, noLimits } from './test-support/live-server-per-file';
import { readFrames } from './test-support/sse-frames';

// Every procedure the router has, with its kind: nothing is left out as the router grows.
// `_def.procedures` holds every procedure by its dotted path (typed as the nested router record).
const procedures = Object.entries<unknown>(appRouter._def.procedures).map(([path, p]) => ({
  path,
  type: (p as { _def: { type: 'query' | 'mutation' | 'subscription' } })._def.type,
}));

// Limits out of the way: this test is about what the procedures answer.
const live = liveServerPerFile({ name: 'fuzz', role: 'admin' }, noLimits);

/** Raw text to send as a procedure's input: JSON of any shape, broken JSON, or anything at all. */
const rawInput = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ edits: fc.array(fc.jsonValue(), { maxLength: 3 }) }).map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.constantFrom('at', 'recordedAt', 'host', 'target', 'id', 'lastEventId', 'questions'),
      fc.jsonValue(),
    )
    .map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary' }),
  // Nearly valid edits reach past the first check into the store's own.
  fc
    .record(
      {
        entity: fc.constantFrom('event', 'source', 'actor', 'figure', 'nope'),
        id: fc.oneof(fc.constantFrom('wechat', 'taobao', 'x'), fc.string()),
        action: fc.constantFrom('record', 'amend', 'retract'),
        body: fc.oneof(fc.object(), fc.record({ id: fc.constant('x'), title: fc.string() })),
        author: fc.string(),
        reason: fc.string(),
        baseRevision: fc.oneof(fc.integer(), fc.constant(null)),
        idempotencyKey: fc.string(),
      },
      { requiredKeys: [] },
    )
    .map((edit) => JSON.stringify({ edits: [edit] })),
  fc.constantFrom('{', '[]]', '{"edits":[{"entity":"event"', '\u0000', '{"id":"\\ud800"}', 'null', ''),
);

interface Answer {
  status: number;
  message: string | undefined;
}

/** Calls one procedure as a plain HTTP client would; a subscription's error arrives in its stream. */
async function call(path: string, type: string, raw: string, token: string | null): Promise<Answer> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), 5_000);
  try {
    if (type === 'mutation') {
      const res = await fetch(`${live.base}/trpc/${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: raw,
        signal: ac.signal,
      });
      return { status: res.status, message: messageOf(await res.text()) };
    }
    const res = await fetch(`${live.base}/trpc/${path}?input=${encodeURIComponent(raw)}`, {
      headers,
      signal: ac.signal,
    });
    if (type !== 'subscription' || res.status !== 200)
      return { status: res.status, message: messageOf(await res.text()) };
    const frames = await readFrames(
      res,
      (f) => f.length > 0,
      () => ac.abort(),
    );
    const error = frames.find((f) => f.event === 'serialized-error');
    if (!error) return { status: 200, message: undefined }; // a valid input: the stream opened
    const shape = JSON.parse(error.data) as { message: string; data: { httpStatus: number } };
    return { status: shape.data.httpStatus, message: shape.message };
  } finally {
    clearTimeout(timer);
  }
}

function messageOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: { message?: string } } | { error?: { message?: string } }[];
    return (Array.isArray(body) ? body[0] : body)?.error?.message;
  } catch {
    return undefined;
  }
}

describe('malformed input at every procedure over HTTP', () => {
  it('enumerates the router', () => {
    expect(procedures.map((p) => p.path)).toEqual(
      expect.arrayContaining(['edits.append', 'revisions.onAppend', 'tokens.create', 'decisions.decide']),
    );
  });

  it('never answers 5xx: every refusal is a 4xx with a message, and the process keeps answering', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...procedures),
        rawInput,
        fc.boolean(),
        async ({ path, type }, raw, withToken) => {
          const answer = await call(path, type, raw, withToken ? live.token : null);
          expect(answer.status, `${path} ${raw}`).toBeLessThan(500);
          if (answer.status >= 400) expect(answer.message, `${path} ${raw}`).toMatch(/\S/);
        },
      ),
      { numRuns: 600 },
    );
    const health = await fetch(`${live.base}/health`);
    expect(health.status).toBe(200);
  }, 55_000);
});
