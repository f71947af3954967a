import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Question } from '@hutong/domain';
import autocannon from 'autocannon';
import { BENCH_QUESTION } from './bench-question';
import { start, UNLIMITED, withDatabase } from './bench-servers';

const SECONDS = 5;

interface Load {
  rps: number;
  p99Ms: number;
}

async function load(
  url: string,
  opts: { connections?: number; seconds?: number; method?: 'GET' | 'POST'; body?: string } = {},
): Promise<Load> {
  const run = (duration: number) =>
    autocannon({
      url,
      connections: opts.connections ?? 50,
      duration,
      method: opts.method ?? 'GET',
      ...(opts.body ? { body: opts.body, headers: { 'content-type': 'application/json' } } : {}),
    });
  await run(1); // warm-up: JIT, caches
  const r = await run(opts.seconds ?? SECONDS);
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: Math.round(r.requests.average), p99Ms: r.latency.p99 };
}

const q = new URLSearchParams(BENCH_QUESTION).toString();
const trpcInput = encodeURIComponent(JSON.stringify(BENCH_QUESTION));

/** A mixed minute, shortened: health, decisions one and many, the ledger's lists, for `seconds`. */
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

/**
 * The HTTP side, all on loopback: the server on PostgreSQL (seed ledger) under autocannon — `/health`,
 * REST and tRPC `decide`, `decideMany` of 1,000 brief — beside a bare `node:http` server returning the
 * same decision JSON; then each store's server RSS after start and after mixed load.
 */
export async function benchHttp(questions: readonly Question[], mixedSeconds: number) {
  const many = JSON.stringify({ questions: questions.slice(0, 1000), detail: 'brief' });
  const small = JSON.stringify({ questions: questions.slice(0, 50), detail: 'brief' });
  const bare = await start('scripts/bare-server.ts', ['$PORT'], {}, '/');
  const bareLoad = await load(bare.base);
  await bare.stop();

  return withDatabase(`hutong_bench_${process.pid}`, async (databaseUrl) => {
    const server = await start('apps/api/src/main.ts', [], { ...UNLIMITED, DATABASE_URL: databaseUrl });
    const postgresStartMB = server.rssMB();
    const health = await load(`${server.base}/health`);
    const decide = await load(`${server.base}/api/decide?${q}`);
    const trpc = await load(`${server.base}/trpc/decisions.decide?input=${trpcInput}`);
    const decideMany = await load(`${server.base}/api/decide-many`, {
      connections: 4,
      method: 'POST',
      body: many,
    });
    await mixed(server.base, small, mixedSeconds);
    const postgresLoadedMB = server.rssMB();
    await server.stop();

    // The embedded store keeps its files between bench runs, so only the first run pays for seeding.
    const dataDir = join(tmpdir(), 'hutong-bench-pglite');
    mkdirSync(dataDir, { recursive: true });
    const embedded = await start('apps/api/src/main.ts', [], { ...UNLIMITED, HUTONG_DATA_DIR: dataDir });
    const pgliteStartMB = embedded.rssMB();
    await mixed(embedded.base, small, mixedSeconds);
    const pgliteLoadedMB = embedded.rssMB();
    await embedded.stop();

    return {
      healthRps: health.rps,
      decideRps: decide.rps,
      trpcDecideRps: trpc.rps,
      bareRps: bareLoad.rps,
      decideManyDecisionsPerSecond: decideMany.rps * 1000,
      decideVsHealth: Number((decide.rps / health.rps).toFixed(2)),
      trpcDecideVsHealth: Number((trpc.rps / health.rps).toFixed(2)),
      decideVsBare: Number((decide.rps / bareLoad.rps).toFixed(2)),
      p99Ms: { health: health.p99Ms, decide: decide.p99Ms, trpcDecide: trpc.p99Ms, bare: bareLoad.p99Ms },
      rssMB: {
        pglite: pgliteStartMB,
        pgliteAfterLoad: pgliteLoadedMB,
        postgres: postgresStartMB,
        postgresAfterLoad: postgresLoadedMB,
      },
    };
  });
}
