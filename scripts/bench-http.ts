import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Question } from '@hutong/domain';
import autocannon from 'autocannon';
import { BENCH_QUESTION } from './bench-question';
import { API_SERVER, buildApiServer, start, UNLIMITED, withDatabase } from './bench-servers';

const SECONDS = 5;

interface Load {
  rps: number;
  p99Ms: number;
}

interface LoadOptions {
  connections?: number;
  seconds?: number;
  method?: 'GET' | 'POST';
  body?: string;
}

function run(url: string, opts: LoadOptions, duration: number) {
  return autocannon({
    url,
    connections: opts.connections ?? 50,
    duration,
    method: opts.method ?? 'GET',
    ...(opts.body ? { body: opts.body, headers: { 'content-type': 'application/json' } } : {}),
  });
}

function loadOf(url: string, r: autocannon.Result): Load {
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: Math.round(r.requests.average), p99Ms: r.latency.p99 };
}

async function load(url: string, opts: LoadOptions = {}): Promise<Load> {
  await run(url, opts, 1); // warm-up: JIT, caches
  return loadOf(url, await run(url, opts, opts.seconds ?? SECONDS));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * Several URLs measured side by side: after a warm-up each, `rounds` rounds of a few seconds each in
 * turn, and the median of each. Other work on the machine comes and goes; taking turns spreads it over
 * all of them instead of landing on whichever ran while it lasted, so their ratios hold.
 */
async function sideBySide<K extends string>(
  urls: Record<K, string>,
  rounds = 5,
  seconds = 3,
): Promise<Record<K, Load>> {
  const keys = Object.keys(urls) as K[];
  for (const k of keys) await run(urls[k], {}, 1);
  const seen = Object.fromEntries(keys.map((k) => [k, [] as Load[]])) as Record<K, Load[]>;
  for (let i = 0; i < rounds; i++)
    for (const k of keys) seen[k].push(loadOf(urls[k], await run(urls[k], {}, seconds)));
  return Object.fromEntries(
    keys.map((k) => [
      k,
      { rps: median(seen[k].map((l) => l.rps)), p99Ms: median(seen[k].map((l) => l.p99Ms)) },
    ]),
  ) as Record<K, Load>;
}

const q = new URLSearchParams(BENCH_QUESTION).toString();
const trpcInput = encodeURIComponent(JSON.stringify(BENCH_QUESTION));

/** Mixed load for `seconds`: health, decisions one and many (REST and tRPC), the ledger's lists. */
async function mixed(base: string, many: string, seconds: number) {
  await autocannon({
    url: base,
    connections: 20,
    duration: seconds,
    requests: [
      { method: 'GET', path: '/health' },
      { method: 'GET', path: `/api/decide?${q}` },
      { method: 'GET', path: `/trpc/decisions.decide?input=${trpcInput}` },
      {
        method: 'POST',
        path: '/api/decide-many',
        body: many,
        headers: { 'content-type': 'application/json' },
      },
      { method: 'GET', path: '/api/events' },
      { method: 'GET', path: '/api/actors' },
    ],
  });
}

/** The server as `pnpm start` runs it, its limits out of the way. */
const AS_DEPLOYED = { ...UNLIMITED, NODE_ENV: 'production' };

/**
 * The HTTP side, all on loopback: the server (the bundle `pnpm start` runs) on PostgreSQL (seed ledger)
 * under autocannon — `/health`, REST and tRPC `decide`, `decideMany` of 1,000 brief — beside a bare
 * `node:http` server returning the same decision JSON; then its RSS through a full minute of mixed load
 * (at the end, and the highest sample), and the RSS of a PGlite server reopening an existing store.
 */
export async function benchHttp(
  questions: readonly Question[],
  mixedSeconds: number,
  engineRate: EngineRate,
) {
  const many = JSON.stringify({ questions: questions.slice(0, 1000), detail: 'brief' });
  const small = JSON.stringify({ questions: questions.slice(0, 50), detail: 'brief' });
  buildApiServer();
  const bare = await start('scripts/bare-server.ts', ['$PORT'], {}, '/');
  const bareLoad = await load(bare.base);
  await bare.stop();

  return withDatabase(`hutong_bench_${process.pid}`, async (databaseUrl) => {
    const server = await start(API_SERVER, [], { ...AS_DEPLOYED, DATABASE_URL: databaseUrl });
    const postgresStartMB = server.rssMB();
    const { health, decide, trpc } = await sideBySide({
      health: `${server.base}/health`,
      decide: `${server.base}/api/decide?${q}`,
      trpc: `${server.base}/trpc/decisions.decide?input=${trpcInput}`,
    });
    const decideMany = await decideManyBesideEngine(`${server.base}/api/decide-many`, many, () =>
      engineRate(questions.slice(0, 1000), 3),
    );
    const postgresPeak = server.watchRss();
    await mixed(server.base, small, mixedSeconds);
    const postgresAfterMinuteMB = server.rssMB();
    const postgresPeakMB = postgresPeak();
    await server.stop();

    // The embedded store keeps its files between bench runs; a first start creates and seeds it, so the
    // server measured is always one reopening an existing store.
    const dataDir = join(tmpdir(), 'hutong-bench-pglite');
    mkdirSync(dataDir, { recursive: true });
    const first = await start(API_SERVER, [], { ...AS_DEPLOYED, HUTONG_DATA_DIR: dataDir });
    await first.stop();
    const embedded = await start(API_SERVER, [], { ...AS_DEPLOYED, HUTONG_DATA_DIR: dataDir });
    const pgliteReopenedStartMB = embedded.rssMB();
    const pglitePeak = embedded.watchRss();
    await mixed(embedded.base, small, PGLITE_SECONDS);
    const pgliteReopenedMB = embedded.rssMB();
    const pgliteReopenedPeakMB = pglitePeak();
    await embedded.stop();

    return {
      healthRps: health.rps,
      decideRps: decide.rps,
      trpcDecideRps: trpc.rps,
      bareRps: bareLoad.rps,
      decideManyDecisionsPerSecond: decideMany.http,
      decideManyEngineDecisionsPerSecond: decideMany.engine,
      decideManyVsEngine: ratio(decideMany.http, decideMany.engine),
      decideVsHealth: ratio(decide.rps, health.rps),
      decideP99VsHealth: ratio(decide.p99Ms, health.p99Ms),
      trpcDecideVsHealth: ratio(trpc.rps, health.rps),
      decideVsBare: ratio(decide.rps, bareLoad.rps),
      p99Ms: { health: health.p99Ms, decide: decide.p99Ms, trpcDecide: trpc.p99Ms, bare: bareLoad.p99Ms },
      mixedSeconds: { postgres: mixedSeconds, pglite: PGLITE_SECONDS },
      rssMB: {
        postgres: postgresStartMB,
        postgresAfterMinute: postgresAfterMinuteMB,
        postgresPeak: postgresPeakMB,
        pgliteReopenedAtStart: pgliteReopenedStartMB,
        pgliteReopened: pgliteReopenedMB,
        pgliteReopenedPeak: pgliteReopenedPeakMB,
      },
    };
  });
}

/** The engine's rate in-process on `questions`, decisions per second over about `seconds`. */
export type EngineRate = (questions: readonly Question[], seconds: number) => number;

/**
 * REST `decideMany` (1,000 brief questions a call, 4 connections) and the engine in-process on the
 * same questions, in turns: five rounds of 3 s each, median of each. Measured minutes apart, load that
 * came or went in between decided the ratio (0.17 in one run, 0.62 in the next); in turns, both see it.
 */
async function decideManyBesideEngine(url: string, body: string, engine: () => number) {
  const opts: LoadOptions = { connections: 4, method: 'POST', body };
  await run(url, opts, 1); // warm-up: JIT, caches
  engine();
  const http: number[] = [];
  const inProcess: number[] = [];
  for (let i = 0; i < 5; i++) {
    inProcess.push(engine());
    http.push(loadOf(url, await run(url, opts, 3)).rps * 1000);
  }
  return { http: median(http), engine: median(inProcess) };
}

/** The PGlite server's mixed load: long enough to reach its working set. */
const PGLITE_SECONDS = 20;

const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
