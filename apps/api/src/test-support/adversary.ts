import { type Agent, request } from 'node:http';

export interface Answer {
  status: number;
  ms: number;
}

/** One request over a keep-alive agent; the body is read whole, the status and time returned. */
export function call(
  agent: Agent,
  base: string,
  method: string,
  path: string,
  body?: string,
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(`${base}${path}`, {
      agent,
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
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

/**
 * The most expensive requests one anonymous client can send, in turn: 500-call batches, analyses
 * "as recorded at" distinct instants (a new one each time, across the log's revisions), 10,000-question
 * decideMany calls, deeply nested JSON, TRACE.
 */
export function attacks(instants: () => string): (() => [string, string, string?])[] {
  return [
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
    () => ['TRACE', '/trpc/x'],
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
