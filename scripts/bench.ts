import { cpus, loadavg, totalmem } from 'node:os';
import { appRouter, createCallerFactory, createContextInner, LedgerView } from '@hutong/api';
import { loadLedger } from '@hutong/data';
import { decide, foldLedger, Ledger, type Question } from '@hutong/domain';
import { Bench } from 'tinybench';
import { benchAppend } from './bench-append';
import { benchCedar } from './bench-cedar';
import { benchCli } from './bench-cli';
import { benchHttp } from './bench-http';
import { questionsFor, syntheticLedger } from './synthetic-ledger';

const json = process.argv.includes('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};

/** Median fold time over a few runs, so one GC pause does not decide the figure. */
function foldMs(ledger: Ledger): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    foldLedger(ledger);
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

// Other work on the machine skews every figure; the load averages go in the JSON beside them.
const loadAtStart = loadavg().map((x) => Number(x.toFixed(1)));
const seed = loadLedger();
const t0 = performance.now();
const synthetic = Ledger.parse(syntheticLedger({ companies: 1000, perCompany: 9, changes: 200_000 }));
const parseMs = performance.now() - t0;
log(
  `synthetic ledger: ${synthetic.actors.length} actors, ${synthetic.events.reduce((n, e) => n + e.changes.length, 0)} changes (zod parse ${parseMs.toFixed(0)} ms)`,
);

const seedIndex = foldLedger(seed);
const synthIndex = foldLedger(synthetic);
const BATCH = 10_000;
const seedQs = questionsFor(seed, BATCH);
const synthQs = questionsFor(synthetic, BATCH);
const run = (index: ReturnType<typeof foldLedger>, qs: Question[]) => () => {
  for (const q of qs) decide(index, q);
};
const caller = createCallerFactory(appRouter)(createContextInner({ ledger: new LedgerView(synthetic) }));

const bench = new Bench({ time: 2000, warmup: true, warmupTime: 500 });
bench
  .add('decide · seed', run(seedIndex, seedQs))
  .add('decide · synthetic', run(synthIndex, synthQs))
  .add('decisions.decideMany · synthetic (10,000, brief, via router)', async () => {
    await caller.decisions.decideMany({ questions: synthQs, detail: 'brief' });
  });
await bench.run();

const perSecond = (name: string) => {
  const task = bench.getTask(name)!;
  const mean = task.result && 'latency' in task.result ? task.result.latency.mean : Number.NaN;
  return Math.round((BATCH / mean) * 1000);
};
const seedRate = perSecond('decide · seed');
const syntheticRate = perSecond('decide · synthetic');
log('cedar: the seed ledger as Cedar policies, the same questions …');
const cedar = benchCedar(seedIndex, seedQs);
log('http: servers on loopback under autocannon …');
const http = await benchHttp(seedQs, 10);
log('append: a 50,000-entity ledger in PostgreSQL …');
const append = await benchAppend(
  Ledger.parse(syntheticLedger({ companies: 2000, perCompany: 9, changes: 300_000 })),
);
const cli = await benchCli();
log(
  `cli: --help ${cli.helpMs} ms, decide ${cli.decideColdMs} ms (embedded), ${cli.decideServerMs} ms (server)`,
);
const result = {
  cli,
  decisionsPerSecond: {
    seed: seedRate,
    synthetic: syntheticRate,
    syntheticViaRouterBatch: perSecond('decisions.decideMany · synthetic (10,000, brief, via router)'),
  },
  foldMs: { seed: Number(foldMs(seed).toFixed(2)), synthetic: Number(foldMs(synthetic).toFixed(1)) },
  http: {
    ...http,
    // The server holds the seed ledger, so its engine is the seed's; the baseline used the synthetic one.
    decideManyVsEngine: Number((http.decideManyDecisionsPerSecond / seedRate).toFixed(3)),
    decideManyVsSyntheticEngine: Number((http.decideManyDecisionsPerSecond / syntheticRate).toFixed(3)),
  },
  appendMs: {
    p50At50k: append.p50,
    maxAt50k: append.max,
    entities: append.entities,
    refoldAt50k: append.refoldMs,
  },
  rssMB: http.rssMB,
  cedar: {
    decisionsPerSecond: cedar.decisionsPerSecond,
    ratio: Math.round(seedRate / cedar.decisionsPerSecond),
    policies: cedar.policies,
    allowShare: cedar.allowShare,
  },
  load: { averageAtStart: loadAtStart, averageAtEnd: loadavg().map((x) => Number(x.toFixed(1))) },
  ledgers: {
    seed: {
      actors: seed.actors.length,
      events: seed.events.length,
      changes: seed.events.reduce((n, e) => n + e.changes.length, 0),
    },
    synthetic: { actors: synthetic.actors.length, events: synthetic.events.length, changes: 200_000 },
  },
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
};

if (json) console.log(JSON.stringify(result));
else {
  console.table(bench.table());
  console.log(JSON.stringify(result, null, 2));
}
