import { type Agent, request } from 'node:http';
import { type Answer, call } from './adversary';

/** Event streams opened a second, as the attack (3,000 at 100/s). */
export const STREAMS_PER_SECOND = 100;
/**
 * Loopback addresses the streams come from, in turn (127.0.1.1 …): more than one address's cap each
 * (`HUTONG_SSE_PER_ADDRESS`, 8) over a window, so the per-address cap and the server's own both bite.
 */
export const STREAM_ADDRESSES = 40;

/**
 * Opens event streams at `STREAMS_PER_SECOND` until `until` (performance.now() ms), each from the
 * next of `STREAM_ADDRESSES` loopback addresses, and holds every one the server accepts until then:
 * at most `STREAMS_PER_SECOND` × the window's seconds connections, all closed when it ends.
 */
export async function holdStreams(base: string, until: number): Promise<Answer[]> {
  const answers: Promise<Answer>[] = [];
  const held: (() => void)[] = [];
  const start = performance.now();
  // By the clock, not by a timer per stream: a late timer (two busy cores) opens the ones due at once.
  while (performance.now() < until) {
    const due = Math.floor(((performance.now() - start) * STREAMS_PER_SECOND) / 1_000) + 1;
    while (answers.length < due) {
      const address = `127.0.1.${1 + (answers.length % STREAM_ADDRESSES)}`;
      answers.push(openStream(base, address, held));
    }
    const wait = Math.min(1_000 / STREAMS_PER_SECOND, until - performance.now());
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  for (const close of held) close();
  return Promise.all(answers);
}

/** One subscription from `address`: answered when its status arrives (an accepted one stays open). */
function openStream(base: string, localAddress: string, held: (() => void)[]): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(`${base}/trpc/revisions.onAppend`, { localAddress, agent: false });
    held.push(() => req.destroy());
    req.on('response', (res) => {
      res.resume();
      resolve({
        status: res.statusCode ?? 0,
        ms: performance.now() - started,
        retryAfter: res.headers['retry-after'] !== undefined,
      });
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end();
  });
}

/**
 * An editor token (a raised budget) asking `decide` "as recorded at" a distinct instant each time,
 * from `loops` loops until `until`: every revision of the log gets folded, and the folds must stay
 * within the recordedAt memory budget and off the other clients' way.
 */
export async function tokenAtInstants(
  agent: Agent,
  base: string,
  token: string,
  loops: number,
  until: number,
  instant: () => string,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  const headers = { authorization: `Bearer ${token}` };
  const path = (at: string) =>
    `/api/decide?host=wechat&surface=group-chat&capability=link.open&target=taobao&at=2021-12-01&recordedAt=${encodeURIComponent(at)}`;
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (performance.now() < until)
        answers.push(await call(agent, base, 'GET', path(instant()), undefined, headers));
    }),
  );
  return answers;
}
