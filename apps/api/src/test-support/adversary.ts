import { type Agent, request } from 'node:http';
import { loadLedger } from '@hutong/data';

export interface Answer {
  status: number;
  ms: number;
  /** Whether it carried `Retry-After` (every 503 must). */
  retryAfter?: boolean;
}

/** One request over a keep-alive agent; the body is read whole, the status and time returned. */
export function call(
  agent: Agent,
  base: string,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(`${base}${path}`, {
      agent,
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    });
    req.on('response', (res) => {
      // An event stream never ends by itself: held a second (a replay's worth), then dropped.
      if (String(res.headers['content-type']).startsWith('text/event-stream'))
        setTimeout(() => req.destroy(), 1_000);
      res.resume();
      const answer = () => ({
        status: res.statusCode ?? 0,
        ms: performance.now() - started,
        retryAfter: res.headers['retry-after'] !== undefined,
      });
      res.on('close', () => resolve(answer()));
      res.on('end', () => resolve(answer()));
    });
    // A connection the server closed (after a 413, say) is an answer too, not a 5xx.
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

const q = { host: 'wechat', surface: 'group-chat', capability: 'link.open', at: '2021-12-01' };
const openness = encodeURIComponent(JSON.stringify({ host: 'wechat', target: 'alibaba' }));
const batch500 = Array.from({ length: 500 }, () => 'analysis.openness').join(',');
const tenThousand = JSON.stringify({
  questions: Array.from({ length: 10_000 }, () => ({ ...q, url: 'https://item.taobao.com/item.htm?id=1' })),
});
const deepJson = `{"questions":${'['.repeat(4_500)}${']'.repeat(4_500)}}`;

const wideOpenness = { host: 'tencent', target: 'alibaba', from: '1990-01-01', to: '2100-12-31' };
const wideBatch = Array.from({ length: 10 }, () => 'analysis.openness').join(',');
const wideInputs = encodeURIComponent(
  JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i, wideOpenness]))),
);
const broad = { host: 'tencent', surface: '*', capability: 'link.open', target: 'alibaba', at: '2021-12-01' };
const tenThousandBroad = JSON.stringify({
  questions: Array.from({ length: 10_000 }, () => broad),
  detail: 'full',
});
const ledger = loadLedger();
// Every event left out, over the whole capped range, with openness; and 100 made-up events of 45 changes.
const withoutAll = JSON.stringify({
  without: ledger.events.map((e) => e.id),
  from: '1990-01-01',
  to: '2100-12-31',
  openness: { host: 'tencent', target: 'alibaba' },
});
const widest = [...ledger.events].sort((a, b) => b.changes.length - a.changes.length)[0]!;
const madeUp = JSON.stringify({
  with: Array.from({ length: 100 }, (_, i) => ({
    ...widest,
    id: `made-up-${i}`,
    changes: Array.from({ length: 45 }, (_, j) => widest.changes[j % widest.changes.length]),
  })),
  at: '2022-01-01',
});
const twoBroadBatch = JSON.stringify({ 0: JSON.parse(tenThousandBroad), 1: JSON.parse(tenThousandBroad) });
const hugeTitle = JSON.stringify({
  edits: [
    {
      entity: 'source',
      id: 'huge',
      action: 'record',
      author: 'a',
      reason: 'r',
      body: { id: 'huge', title: 'x'.repeat(900_000), publisher: 'p', date: '2024-01-01', language: 'en' },
    },
  ],
});

/**
 * The most expensive requests one anonymous client can send, in turn: 500-call batches, analyses
 * "as recorded at" distinct instants (a new one each time, across the log's revisions), 10,000-question
 * decideMany calls (plain, and of broad questions in full detail), openness over 1990-2100 for two
 * companies (alone and ten in a batch), what-if over that range (with every event left out, and with
 * 100 made-up events of 45 changes), two such decideMany in one batch, event streams held open and
 * replays from revision 0, year 0000,
 * a 900 KB title, deeply nested JSON, TRACE.
 */
export function attacks(instants: () => string): (() => [string, string, string?])[] {
  // The cheap refusals (405, 400) first: an attacker starved of the cores (it runs at the lowest
  // priority) still sends them.
  return [
    () => ['TRACE', '/trpc/x'],
    () => [
      'GET',
      `/api/decide?host=wechat&surface=group-chat&capability=link.open&target=taobao&at=2021-12-01&recordedAt=0000-01-01T00:00:00Z`,
    ],
    () => ['GET', `/api/analysis/openness?${new URLSearchParams(wideOpenness)}`],
    () => ['GET', `/trpc/${wideBatch}?batch=1&input=${wideInputs}`],
    () => ['POST', '/api/decide-many', tenThousandBroad],
    () => [
      'POST',
      '/api/analysis/what-if',
      JSON.stringify({
        without: [],
        from: '1990-01-01',
        to: '2100-12-31',
        openness: { host: 'tencent', target: 'alibaba' },
      }),
    ],
    () => ['GET', '/trpc/revisions.onAppend?input=%7B%22lastEventId%22%3A%220%22%7D'],
    () => ['POST', '/api/analysis/what-if', withoutAll],
    () => ['POST', '/api/analysis/what-if', madeUp],
    () => ['POST', '/trpc/decisions.decideMany,decisions.decideMany?batch=1', twoBroadBatch],
    () => ['GET', '/trpc/revisions.onAppend'],
    () => ['POST', '/api/edits', hugeTitle],
    () => ['GET', `/trpc/${batch500}?batch=1&input=%7B%7D`],
    () => [
      'GET',
      `/api/analysis/openness?host=wechat&target=alibaba&recordedAt=${encodeURIComponent(instants())}`,
    ],
    () => ['POST', '/api/decide-many', tenThousand],
    () => [
      'GET',
      `/trpc/ledger.asOf?input=${encodeURIComponent(JSON.stringify({ at: '2021-10-15', recordedAt: instants() }))}`,
    ],
    () => ['POST', '/trpc/decisions.decideMany', deepJson],
    () => ['GET', `/trpc/analysis.openness?input=${openness}`],
  ];
}

/** Runs `workers` loops sending `next()` until `until`; returns every answer. */
export async function flood(
  agent: Agent,
  base: string,
  workers: number,
  until: number,
  next: () => [string, string, string?],
): Promise<Answer[]> {
  const answers: Answer[] = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < until) {
        const [method, path, body] = next();
        answers.push(await call(agent, base, method, path, body));
      }
    }),
  );
  return answers;
}

/** The 99th percentile of `ms`. */
export function p99(ms: readonly number[]): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
}
