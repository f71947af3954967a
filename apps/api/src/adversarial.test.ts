import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadLedger } from '@hutong/data';
import { foldLedger, openness } from '@hutong/domain';
import { openStore, type StoreOptions } from '@hutong/store';
import { createTestDatabase, probeServer } from '@hutong/store/testing';
import { describe, expect, it } from 'vitest';
import { type Answer, call, p99 } from './test-support/adversary';
import { settledRss } from './test-support/settled-rss';
import { spawnServer } from './test-support/spawned-server';
import { STREAM_ADDRESSES, STREAMS_PER_SECOND } from './test-support/stream-and-token-attacks';

// docs/configuration.md's stated budgets: the whole server process's RSS with the engine pool busy
// (default settings), and how much of it an attack may add to an idle server's.
const MEMORY_BUDGET = 1_024 * 2 ** 20;
const RSS_BUDGET = 512 * 2 ** 20;
// The absolute bounds for the quiet client during every attack.
const HEALTH_P99_MS = 250;
const DECIDE_P99_MS = 500;
// Quiet and attack windows alternate, so whatever else the machine is doing weighs on both alike. The
// victim's answers in the first 300 ms of a quiet window (the attack's last answers still going out)
// count for neither, nor does a pair asked in one window and answered in another.
const ROUNDS = 3;
const IDLE_MS = 2_500;
const ATTACK_MS = 5_000;
const SETTLE_MS = 300;
// A quiet p99 of 2 ms is below what two shared cores promise once a second process runs at all (the
// attacker's, on the same cores): an OS time slice is 4 ms. The bound is 10× the quiet p99 or 10× this.
const P99_FLOOR_MS = 5;
const REVISIONS = 40;
const FIRST = Date.UTC(2024, 1, 1);

const postgres = await probeServer();

/**
 * A store seeded with the curated ledger, then `REVISIONS` edits a minute apart from 2024-02-01;
 * returns two editor tokens (their budget is `HUTONG_TOKEN_BUDGET`, raised above an address's): one
 * for heavy calls within budget, one for the attacker's "as recorded at" flood.
 */
async function prepare(target: Pick<StoreOptions, 'dataDir' | 'databaseUrl'>): Promise<Tokens> {
  const clock = { now: new Date(FIRST - 86_400_000) };
  const store = await openStore({ ...target, seed: loadLedger(), now: () => clock.now });
  const { token } = await store.tokens.create({ name: 'heavy', role: 'editor' });
  const { token: attacker } = await store.tokens.create({ name: 'attacker', role: 'editor' });
  for (let i = 0; i < REVISIONS; i++) {
    clock.now = new Date(FIRST + i * 60_000);
    const id = `adversary-${i}`;
    const body = { id, title: id, publisher: 'tests', date: '2024-01-01', language: 'en' as const };
    await store.append([{ entity: 'source', id, action: 'record', body, author: 't', reason: 'r' }]);
  }
  await store.close();
  return { heavy: token, attacker };
}

interface Tokens {
  heavy: string;
  attacker: string;
}

/** What the attacker saw, by kind: its anonymous flood, the event streams it opened, its token's asks. */
interface Attacked {
  flood: Answer[];
  streams: Answer[];
  token: Answer[];
}

type Window = [from: number, to: number];

/** From `start` (epoch ms): a quiet window, then an attack window, `ROUNDS` times. */
function schedule(start: number) {
  const round = IDLE_MS + ATTACK_MS;
  const quiet: Window[] = [];
  const attack: Window[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    quiet.push([start + i * round + SETTLE_MS, start + i * round + IDLE_MS]);
    attack.push([start + i * round + IDLE_MS, start + (i + 1) * round]);
  }
  return { quiet, attack, end: start + ROUNDS * round };
}

/**
 * An attacker (test-support/adversary-main.ts, `kind`: the flood, or the streams and the token) in a process of its own. It builds its requests, says
 * `ready` (on stderr), then is sent its windows (on stdin) and floods in each: a slow start on a busy
 * machine never eats into the windows.
 */
async function startAttacker(base: string, kind: 'flood' | 'streams', token = '') {
  const script = fileURLToPath(new URL('./test-support/adversary-main.ts', import.meta.url));
  const args = ['--import', 'tsx', script, base, String(FIRST), String(REVISIONS), kind, token];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  // On another machine the attacker's own work (building 10,000-question bodies, reading 10 MB
  // answers) would take no CPU from the server; here, on the same cores, it yields to it.
  if (child.pid !== undefined) setPriority(child.pid, 19);
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => {
    out += c;
  });
  const exited = new Promise<Attacked>((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as Attacked)
        : reject(new Error(`attacker exited ${code}: ${err}`)),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (c) => {
      err += c;
      if (err.includes('ready')) resolve();
    });
    exited.catch(reject);
  });
  return (windows: Window[]): Promise<Attacked> => {
    child.stdin.end(JSON.stringify(windows));
    return exited;
  };
}

// The victim is a well-behaved client: one /health and one decide every 50 ms at most (40 calls, 400 work
// units a second against a refill of 500 a second), so it never exhausts its own budget and any 429 it
// sees would be the attacker's fault.
const VICTIM_PAIR_MS = 50;

/** The well-behaved client until `plan.end`; each answer counts as quiet or busy by when it was asked. */
async function victim(base: string, agent: Agent, plan: ReturnType<typeof schedule>) {
  const quiet = { health: [] as Answer[], decide: [] as Answer[] };
  const busy = { health: [] as Answer[], decide: [] as Answer[] };
  const path = '/api/decide?host=wechat&surface=group-chat&capability=link.open&target=taobao&at=2021-12-01';
  while (Date.now() < plan.end) {
    const asked = Date.now();
    const next = performance.now() + VICTIM_PAIR_MS;
    const health = await call(agent, base, 'GET', '/health');
    const decide = await call(agent, base, 'GET', path);
    const done = Date.now();
    const inside = (windows: Window[]) => windows.some(([from, to]) => asked >= from && done < to);
    const into = inside(plan.quiet) ? quiet : inside(plan.attack) ? busy : null;
    into?.health.push(health);
    into?.decide.push(decide);
    const wait = next - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  return { quiet, busy };
}

const index = foldLedger(loadLedger());
const WIDE = ['1990-01-01', '2100-12-31'] as const;
const NARROW = ['2012-01-01', '2022-12-31'] as const;
const once = <T>(make: () => T) => {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
};
/** The engine's own answers, computed here before any siege (seconds each: never during one). */
const expected = {
  wide: once(() => JSON.parse(JSON.stringify(openness(index, 'tencent', 'alibaba', ...WIDE)))),
  narrow: once(() => JSON.parse(JSON.stringify(openness(index, 'tencent', 'alibaba', ...NARROW)))),
};

/**
 * Heavy calls within budget, asked one after another until `end` by a client of its own (an address,
 * or a token with its raised budget: openness over the whole capped range, which an address cannot
 * afford): each must answer 200 with the engine's own answer, attack or not.
 */
async function heavyClient(base: string, agent: Agent, end: number, token?: string) {
  const [from, to] = token ? WIDE : NARROW;
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const want = (token ? expected.wide : expected.narrow)();
  const path = `/api/analysis/openness?host=tencent&target=alibaba&from=${from}&to=${to}`;
  const results: { status: number; correct: boolean; ms: number }[] = [];
  // Within budget: Tencent × Alibaba 2012-2022 is about 7,200 units (3 fit an address's 30,000 a
  // minute); 1990-2100 about 73,000 (6 fit a token's 600,000).
  const most = token ? 6 : 3;
  while (Date.now() < end && results.length < most) {
    const started = performance.now();
    const { status, text } = await getText(agent, `${base}${path}`, headers);
    const correct = status === 200 && isDeepStrictEqual(JSON.parse(text), want);
    results.push({ status, correct, ms: Math.round(performance.now() - started) });
  }
  return results;
}

function getText(agent: Agent, url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function siege(env: Record<string, string>, tokens: Tokens) {
  expected.wide();
  expected.narrow();
  const server = await spawnServer(env);
  const victimAgent = new Agent({ keepAlive: true, localAddress: '127.0.0.2' });
  const heavyAgent = new Agent({ keepAlive: true, localAddress: '127.0.0.3' });
  const tokenAgent = new Agent({ keepAlive: true, localAddress: '127.0.0.4' });
  try {
    await victim(server.base, victimAgent, { quiet: [], attack: [], end: Date.now() + 500 }); // warm up
    const idleRss = await settledRss(server);
    let peakRss = idleRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, server.rss());
    }, 100);
    // The attacker's process takes a moment to start: the first quiet window begins after it.
    const [flooder, streamer] = await Promise.all([
      startAttacker(server.base, 'flood'),
      startAttacker(server.base, 'streams', tokens.attacker),
    ]);
    const attack = async (windows: Window[]): Promise<Attacked> => {
      const [a, b] = await Promise.all([flooder(windows), streamer(windows)]);
      return { flood: a.flood, streams: b.streams, token: b.token };
    };
    const plan = schedule(Date.now() + 200);
    const [attacks, answers, heavy, raised] = await Promise.all([
      attack(plan.attack),
      victim(server.base, victimAgent, plan),
      heavyClient(server.base, heavyAgent, plan.end),
      heavyClient(server.base, tokenAgent, plan.end, tokens.heavy),
    ]);
    clearInterval(sampler);
    return { idle: answers.quiet, busy: answers.busy, attacker: attacks, idleRss, peakRss, heavy, raised };
  } finally {
    victimAgent.destroy();
    heavyAgent.destroy();
    tokenAgent.destroy();
    await server.stop();
  }
}

function expectHeld(r: Awaited<ReturnType<typeof siege>>) {
  const statuses = (a: Answer[]) => [...new Set(a.map((x) => x.status))].sort();
  const count = (a: Answer[], status: number) => a.filter((x) => x.status === status).length;
  const summary = {
    idle: { health: p99(r.idle.health.map((a) => a.ms)), decide: p99(r.idle.decide.map((a) => a.ms)) },
    busy: { health: p99(r.busy.health.map((a) => a.ms)), decide: p99(r.busy.decide.map((a) => a.ms)) },
    attacker: { requests: r.attacker.flood.length, statuses: statuses(r.attacker.flood) },
    streams: {
      opened: r.attacker.streams.length,
      held: count(r.attacker.streams, 200),
      refused: count(r.attacker.streams, 429) + count(r.attacker.streams, 503),
    },
    token: { requests: r.attacker.token.length, statuses: statuses(r.attacker.token) },
    victim: r.busy.health.length + r.busy.decide.length,
    rssMb: { idle: Math.round(r.idleRss / 2 ** 20), peak: Math.round(r.peakRss / 2 ** 20) },
    heavy: { anonymous: r.heavy.map((h) => h.ms), token: r.raised.map((h) => h.ms) },
  };
  console.info(JSON.stringify(summary));
  // No 5xx but a 503 that says when to come back.
  const failed = (a: Answer[]) => a.filter((x) => x.status >= 500 && !(x.status === 503 && x.retryAfter));
  expect(failed([...r.attacker.flood, ...r.attacker.streams, ...r.attacker.token])).toEqual([]);
  expect(statuses(r.attacker.flood)).toEqual(expect.arrayContaining([400, 405, 429]));
  // Streams were opened at no less than half the attack's rate (the attacker yields the cores to the
  // server: at load 11 on two cores it managed 53/s of 100), some held, and past each address's cap
  // refused.
  const seconds = (ROUNDS * ATTACK_MS) / 1_000;
  expect(summary.streams.opened).toBeGreaterThanOrEqual(0.5 * STREAMS_PER_SECOND * seconds);
  expect(summary.streams.held).toBeGreaterThanOrEqual(STREAM_ADDRESSES);
  expect(summary.streams.refused).toBeGreaterThan(0);
  // The token's asks at distinct instants were answered (or refused with a 503 while folds queue).
  expect(count(r.attacker.token, 200)).toBeGreaterThan(0);
  expect(statuses([...r.busy.health, ...r.busy.decide])).toEqual([200]);
  expect(summary.busy.health).toBeLessThanOrEqual(10 * Math.max(summary.idle.health, P99_FLOOR_MS));
  expect(summary.busy.decide).toBeLessThanOrEqual(10 * Math.max(summary.idle.decide, P99_FLOOR_MS));
  expect(summary.busy.health).toBeLessThan(HEALTH_P99_MS);
  expect(summary.busy.decide).toBeLessThan(DECIDE_P99_MS);
  expect(r.peakRss - r.idleRss).toBeLessThanOrEqual(RSS_BUDGET);
  expect(r.peakRss).toBeLessThanOrEqual(MEMORY_BUDGET);
  // Heavy calls within budget were answered, and answered right, throughout.
  for (const heavy of [r.heavy, r.raised]) {
    expect(heavy.length).toBeGreaterThan(0);
    expect(heavy.filter((h) => !h.correct)).toEqual([]);
  }
}

describe("under a bounded attack (loopback only): one anonymous client's flood, event streams opened at 100/s from 40 addresses, an editor token asking at distinct recordedAt instants", () => {
  it('keeps another client answered on PGlite: p99 within 10× idle and the absolute bounds, heavy calls within budget answered right, RSS within budget, no 5xx but 503 with Retry-After', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hutong-siege-'));
    try {
      const tokens = await prepare({ dataDir });
      expectHeld(await siege({ HUTONG_DATA_DIR: dataDir }, tokens));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it.skipIf(!postgres.ok)(
    'and on PostgreSQL',
    async () => {
      if (!postgres.ok) return;
      const db = await createTestDatabase(postgres.url);
      try {
        const tokens = await prepare({ databaseUrl: db.url });
        expectHeld(await siege({ DATABASE_URL: db.url }, tokens));
      } finally {
        await db.drop();
      }
    },
    180_000,
  );
});
