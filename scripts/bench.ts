import { cpus, loadavg, totalmem } from 'node:os';
import { loadLedger } from '@hutong/data';
import {
  applyRevisions,
  decide,
  foldLedger,
  Ledger,
  type Question,
  WhatIfInput,
  whatIf,
  whyNot,
} from '@hutong/domain';
import { appRouter, createCallerFactory, createContextInner, fixedLedger } from '@hutong/router';
import { Bench } from 'tinybench';
import { benchAppend } from './bench-append';
import { benchCedar } from './bench-cedar';
import { benchCli } from './bench-cli';
import { benchHttp } from './bench-http';
import { broadQuestionsFor, questionsFor, syntheticLedger } from './synthetic-ledger';

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

/** Median of a few runs of `work`, in ms, after one warm-up run. */
function medianMs(work: () => unknown, runs = 7): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return Number(times.sort((a, b) => a - b)[runs >> 1]!.toFixed(1));
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
const broadQs = broadQuestionsFor(synthetic, BATCH);
const run = (index: ReturnType<typeof foldLedger>, qs: Question[]) => () => {
  for (const q of qs) decide(index, q);
};
const caller = createCallerFactory(appRouter)(createContextInner({ ledger: fixedLedger(synthetic) }));

const bench = new Bench({ time: 2000, warmup: true, warmupTime: 500 });
bench
  .add('decide · seed', run(seedIndex, seedQs))
  .add('decide · synthetic', run(synthIndex, synthQs))
  .add('decide · synthetic broad', run(synthIndex, broadQs))
  .add('decisions.decideMany · synthetic (10,000, brief, via router)', async () => {
    await caller.decisions.decideMany({ questions: synthQs, detail: 'brief' });
  });
await bench.run();

const perSecond = (name: string) => {
  const task = bench.getTask(name)!;
  const mean = task.result && 'latency' in task.result ? task.result.latency.mean : Number.NaN;
  return Math.round((BATCH / mean) * 1000);
};
// What-if on the curated ledger, on one folded ledger as the server holds it (each call folds the
// counterfactual afresh): the question (the MIIT campaign never happened) answered crossing
// by crossing with compliance; the 29 Nov 2021 opening left out, with the Tencent → Alibaba openness
// series 2013–2022 on both sides (the ledger's own series is kept per fold, so the warm-up computes
// it); a whole-history comparison; and a why-not.
const whatIfInput = WhatIfInput.parse({
  without: ['2021-07-23-miit-launches-link-campaign', '2021-09-17-miit-unblocking-deadline'],
  at: '2022-01-01',
});
const whatIfOpenness = WhatIfInput.parse({
  ...whatIfInput,
  openness: { host: 'tencent', target: 'alibaba' },
});
const whatIfRange = WhatIfInput.parse({
  without: ['2021-11-29-wechat-opens-private-chat-links'],
  from: '2013-01-01',
  to: '2025-12-31',
});
const whyNotQuestion = {
  question: {
    host: 'wechat',
    surface: 'mini-program',
    capability: 'miniprogram.host',
    target: 'tmall-youpin',
    at: '2025-01-01',
  },
  want: 'open',
} as const;
const whatIfMs = {
  at: medianMs(() => whatIf(seedIndex, whatIfInput)),
  openness: medianMs(() => whatIf(seedIndex, whatIfOpenness)),
  range: medianMs(() => whatIf(seedIndex, whatIfRange)),
  whyNot: medianMs(() => whyNot(seedIndex, whyNotQuestion)),
};
log(
  `what-if (seed): at a date ${whatIfMs.at} ms (with openness ${whatIfMs.openness} ms), 2013–2025 ${whatIfMs.range} ms; why-not ${whatIfMs.whyNot} ms`,
);
const timeline = timelineFigures();
log(
  `timelines (synthetic): broad cold ${timeline.broadColdMs} ms, edit then broad ${timeline.editThenBroadMs} ms, why-not ${timeline.whyNotMs} ms`,
);
const seedRate = perSecond('decide · seed');
const syntheticRate = perSecond('decide · synthetic');
if (process.argv.includes('--engine')) {
  // The engine's figures alone, in a minute and with no servers (the one-timeline issue's goals).
  console.log(
    JSON.stringify({
      decisionsPerSecond: {
        seed: seedRate,
        synthetic: syntheticRate,
        broad: perSecond('decide · synthetic broad'),
        syntheticViaRouterBatch: perSecond('decisions.decideMany · synthetic (10,000, brief, via router)'),
      },
      whyNot: { seedMs: whatIfMs.whyNot, syntheticMs: timeline.whyNotMs },
      broadColdMs: timeline.broadColdMs,
      editThenBroadMs: timeline.editThenBroadMs,
      load: { averageAtStart: loadAtStart, averageAtEnd: loadavg().map((x) => Number(x.toFixed(1))) },
      machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
    }),
  );
  process.exit(0);
}
log('cedar: the seed ledger as Cedar policies, the same questions …');
const cedar = benchCedar(seedIndex, seedQs);
log('http: servers on loopback under autocannon …');
// A full minute of mixed load on the PostgreSQL-backed server, as its memory budget is stated.
const http = await benchHttp(seedQs, 60, (qs, seconds) => {
  // The server holds the seed ledger; `decide` as the engine answers by default.
  let n = 0;
  const t = performance.now();
  const end = t + seconds * 1000;
  while (performance.now() < end) {
    for (const q of qs) decide(seedIndex, q);
    n += qs.length;
  }
  return Math.round(n / ((performance.now() - t) / 1000));
});
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
    broad: perSecond('decide · synthetic broad'),
    syntheticViaRouterBatch: perSecond('decisions.decideMany · synthetic (10,000, brief, via router)'),
  },
  whatIf: {
    ms: whatIfMs.at,
    withOpennessMs: whatIfMs.openness,
    rangeMs: whatIfMs.range,
    whyNotMs: whatIfMs.whyNot,
  },
  whyNot: { seedMs: whatIfMs.whyNot, syntheticMs: timeline.whyNotMs },
  broadColdMs: timeline.broadColdMs,
  editThenBroadMs: timeline.editThenBroadMs,
  foldMs: { seed: Number(foldMs(seed).toFixed(2)), synthetic: Number(foldMs(synthetic).toFixed(1)) },
  http: {
    ...http,
    // decideManyVsEngine (in http): the engine on the same 1,000 seed questions, in turns with the
    // HTTP rounds. The baseline used the synthetic ledger's rate, measured at the start.
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

/**
 * The timeline figures on the synthetic ledger (hutong-decide/4's memo): the first ask of a broad key
 * after a fold (median over 200 keys, each fold's first), an edit to an unrelated event's rule applied
 * incrementally and then a broad question it does not touch (median over 50 edits), and a why-not on a
 * recorded crossing (median of 5; each try overlays the index).
 */
function timelineFigures() {
  const median = (xs: number[]) => Number(xs.sort((a, b) => a - b)[xs.length >> 1]!.toFixed(2));
  const fresh = foldLedger(synthetic);
  const cold: number[] = [];
  for (const q of broadQs.slice(0, 200)) {
    const t = performance.now();
    decide(fresh, q);
    cold.push(performance.now() - t);
  }
  const asked = broadQs[0]!;
  let index = fresh;
  decide(index, asked);
  const edits: number[] = [];
  const far = synthetic.events.filter((e) =>
    e.changes.every((c) => !c.host.startsWith(`${asked.host}-`) && c.host !== asked.host),
  );
  for (let i = 0; i < 50; i++) {
    const e = index.events.get(far[i * 7]!.id)!;
    const [first, ...rest] = e.changes;
    const body = {
      ...e,
      changes: [
        { ...first!, status: first!.status === 'open' ? 'blocked' : 'open' } as typeof first,
        ...rest,
      ],
    };
    const t = performance.now();
    index = applyRevisions(index, [
      { entity: 'event', id: e.id, action: 'amend', body: body as typeof e, baseRevision: 1 },
    ])!;
    decide(index, asked);
    edits.push(performance.now() - t);
  }
  const c = synthetic.events[100]!.changes[0]!;
  const whyNotQ = {
    question: {
      host: c.host,
      surface: c.surface,
      capability: c.capability,
      target: c.target === '*' ? 'co-3-p1' : c.target,
      at: '2026-01-01',
    },
    want: c.status === 'open' ? 'blocked' : 'open',
  } as Parameters<typeof whyNot>[1];
  return {
    broadColdMs: median(cold),
    editThenBroadMs: median(edits),
    whyNotMs: medianMs(() => whyNot(synthIndex, whyNotQ), 5),
  };
}

if (json) console.log(JSON.stringify(result));
else {
  console.table(bench.table());
  console.log(JSON.stringify(result, null, 2));
}
