import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLedger } from '@hutong/data';
import { openStore, type StoreOptions } from '@hutong/store';
import { createTestDatabase, probeServer } from '@hutong/store/testing';
import { describe, expect, it } from 'vitest';
import { type Answer, call, p99 } from './test-support/adversary';
import { spawnServer } from './test-support/spawned-server';

// The README's stated budget: the server's RSS grows by at most this much under attack.
const RSS_BUDGET = 256 * 2 ** 20;
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

/** A store seeded with the curated ledger, then `REVISIONS` edits a minute apart from 2024-02-01. */
async function prepare(target: Pick<StoreOptions, 'dataDir' | 'databaseUrl'>): Promise<void> {
  const clock = { now: new Date(FIRST - 86_400_000) };
  const store = await openStore({ ...target, seed: loadLedger(), now: () => clock.now });
  for (let i = 0; i < REVISIONS; i++) {
    clock.now = new Date(FIRST + i * 60_000);
    const id = `adversary-${i}`;
    const body = { id, title: id, publisher: 'tests', date: '2024-01-01', language: 'en' as const };
    await store.append([{ entity: 'source', id, action: 'record', body, author: 't', reason: 'r' }]);
  }
  await store.close();
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

/** The attacker (test-support/adversary-main.ts) in a process of its own, flooding in each window. */
function attacker(base: string, windows: Window[]): Promise<Answer[]> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(new URL('./test-support/adversary-main.ts', import.meta.url));
    const args = ['--import', 'tsx', script, base, JSON.stringify(windows), String(FIRST), String(REVISIONS)];
    const timeout = windows.at(-1)![1] - Date.now() + 60_000;
    const child = execFile(process.execPath, args, { maxBuffer: 256 * 2 ** 20, timeout }, (err, out) =>
      err ? reject(err) : resolve(JSON.parse(out) as Answer[]),
    );
    // On another machine the attacker's own work (building 10,000-question bodies, reading 10 MB
    // answers) would take no CPU from the server; here, on the same cores, it yields to it.
    if (child.pid !== undefined) setPriority(child.pid, 19);
  });
}

// The victim is a well-behaved client: one /health and one decide every 25 ms at most (80 calls, 800 work
// units a second against a refill of 500 and a burst of 30,000), so over the run it never exhausts its
// own budget and any 429 it sees would be the attacker's fault.
const VICTIM_PAIR_MS = 25;

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

/**
 * The server's RSS once it stops moving (1 s within 8 MB; 20 s at most). On Node 24, V8 recompiles
 * PGlite's WebAssembly with its optimising tier in the background for a second or two after the server
 * answers, and that compiler's memory (up to ~500 MB, released when it finishes) is start-up, not attack.
 */
async function settledRss(server: { rss(): number }): Promise<number> {
  const MB = 2 ** 20;
  const deadline = Date.now() + 20_000;
  const recent: number[] = [];
  for (;;) {
    recent.push(server.rss());
    if (recent.length > 5) recent.shift();
    const settled = recent.length === 5 && Math.max(...recent) - Math.min(...recent) <= 8 * MB;
    if (settled || Date.now() > deadline) return recent.at(-1)!;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function siege(env: Record<string, string>) {
  const server = await spawnServer(env);
  const victimAgent = new Agent({ keepAlive: true, localAddress: '127.0.0.2' });
  try {
    await victim(server.base, victimAgent, { quiet: [], attack: [], end: Date.now() + 500 }); // warm up
    const idleRss = await settledRss(server);
    let peakRss = idleRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, server.rss());
    }, 100);
    // The attacker's process takes a moment to start: the first quiet window begins after it.
    const plan = schedule(Date.now() + 1_500);
    const [attack, answers] = await Promise.all([
      attacker(server.base, plan.attack),
      victim(server.base, victimAgent, plan),
    ]);
    clearInterval(sampler);
    return { idle: answers.quiet, busy: answers.busy, attacker: attack, idleRss, peakRss };
  } finally {
    victimAgent.destroy();
    await server.stop();
  }
}

function expectHeld(r: Awaited<ReturnType<typeof siege>>) {
  const statuses = (a: Answer[]) => [...new Set(a.map((x) => x.status))].sort();
  const summary = {
    idle: { health: p99(r.idle.health.map((a) => a.ms)), decide: p99(r.idle.decide.map((a) => a.ms)) },
    busy: { health: p99(r.busy.health.map((a) => a.ms)), decide: p99(r.busy.decide.map((a) => a.ms)) },
    attacker: { requests: r.attacker.length, statuses: statuses(r.attacker) },
    victim: r.busy.health.length + r.busy.decide.length,
    rssMb: { idle: Math.round(r.idleRss / 2 ** 20), peak: Math.round(r.peakRss / 2 ** 20) },
  };
  console.info(JSON.stringify(summary));
  expect(r.attacker.filter((a) => a.status >= 500)).toEqual([]);
  expect(statuses(r.attacker)).toEqual(expect.arrayContaining([400, 405, 429]));
  expect(statuses([...r.busy.health, ...r.busy.decide])).toEqual([200]);
  expect(summary.busy.health).toBeLessThanOrEqual(10 * Math.max(summary.idle.health, P99_FLOOR_MS));
  expect(summary.busy.decide).toBeLessThanOrEqual(10 * Math.max(summary.idle.decide, P99_FLOOR_MS));
  expect(r.peakRss - r.idleRss).toBeLessThanOrEqual(RSS_BUDGET);
}

describe('under a bounded attack from one anonymous client (loopback only)', () => {
  it('keeps another client answered on PGlite: p99 within 10× idle, RSS within budget, no 5xx', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hutong-siege-'));
    try {
      await prepare({ dataDir });
      expectHeld(await siege({ HUTONG_DATA_DIR: dataDir }));
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
        await prepare({ databaseUrl: db.url });
        expectHeld(await siege({ DATABASE_URL: db.url }));
      } finally {
        await db.drop();
      }
    },
    180_000,
  );
});
