import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LedgerIndex } from '@hutong/domain';
import type { HeavyInput, HeavyOutput, HeavyTask, Offload } from '@hutong/router';
import { answerPieces, receivedError } from '@hutong/router/heavy';
import { TRPCError } from '@trpc/server';
import type { FromPool, ToPool } from './messages';

export interface PoolOptions {
  /** Worker threads at most (each started on demand). */
  size: number;
  /** Calls waiting for a worker at most; one more is refused (503 with Retry-After). */
  queue: number;
  /** A worker idle this long exits, so an idle server holds none. */
  idleMs: number;
  /** Largest answer, in characters of JSON, the pool hands back whole (tRPC, plain JSON). */
  answerLimit: number;
  /** Each worker's V8 heap limit (MB): a worker past it dies alone and its call gets a 503. */
  workerHeapMb: number;
  /**
   * Calls one client (an address or a token) may have running or waiting at once: past it, its next
   * is a 503, so one client's flood leaves room on the pool for everyone else's heavy calls.
   */
  perClient: number;
  /** Run calls on the request thread, in slices (default: only when the worker script is missing). */
  inline?: boolean;
}

/** Where a streamed answer goes: each chunk in order; a promise holds the next until it settles. */
export interface AnswerSink {
  format: 'json' | 'ndjson';
  chunk(text: string): void | Promise<void>;
}

interface Job {
  id: number;
  /** The client it is for, or null (a call from inside the server: no per-client limit). */
  client: string | null;
  task: HeavyTask;
  input: unknown;
  key: number;
  index: LedgerIndex;
  sink: AnswerSink;
  resolve(): void;
  reject(err: unknown): void;
  cancelled: boolean;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** The ledgers this worker holds folded, oldest first: the worker's own rule, mirrored. */
  keys: number[];
  idle: NodeJS.Timeout | null;
}

/** Folded ledgers a worker keeps (engine-worker.ts keeps as many). */
const KEEP = 2;
/** Chunks a worker may send ahead of the one being written. */
const CREDIT = 2;

const entry = new URL(
  import.meta.url.endsWith('.ts') ? './engine-worker.ts' : './engine-worker.js',
  import.meta.url,
);
/**
 * Whether the worker's script is there: a bundle that did not build it beside itself (the CLI's
 * `hutong serve`) runs heavy calls on the request thread, in slices, as before the pool.
 */
const hasWorker = entry.protocol === 'file:' && existsSync(fileURLToPath(entry));
/** Characters of answer text a call run here sends before letting other requests have a turn. */
const SLICE = 64 * 1024;

/**
 * The engine's worker threads: heavy calls (openness and what-if ranges, counterfactuals, large
 * `decideMany`) run here so the request thread keeps answering `/health`, `decide` and pages. At most
 * `size` workers, started on demand and stopped after `idleMs` idle; at most `queue` calls wait, past
 * that a 503 with Retry-After. Each worker is sent a ledger once (by the key the pool gives each folded
 * ledger it sees) and folds it itself; a call runs on exactly the ledger its request read.
 */
export class EnginePool {
  readonly #opts: PoolOptions;
  readonly #slots: Slot[] = [];
  readonly #waiting: Job[] = [];
  readonly #keys = new WeakMap<LedgerIndex, number>();
  #nextKey = 1;
  #nextId = 1;
  #closed = false;

  constructor(opts: PoolOptions) {
    this.#opts = opts;
  }

  /** Workers running, calls on them and calls waiting (for tests and `/health`). */
  get stats() {
    return {
      workers: this.#slots.length,
      busy: this.#slots.filter((s) => s.job).length,
      waiting: this.#waiting.length,
    };
  }

  /** The pool as the router's `offload` for `client`'s calls: whole answers, parsed, up to `answerLimit`. */
  offloadFor(client: string | null): Offload {
    return (task, read, input) => this.#whole(task, read, input, client);
  }

  /** The pool as the router's `offload`, for calls from inside the server. */
  readonly offload: Offload = (task, read, input) => this.#whole(task, read, input, null);

  async #whole<T extends HeavyTask>(
    task: T,
    read: { index: LedgerIndex },
    input: HeavyInput<T>,
    client: string | null,
  ): Promise<HeavyOutput<T>> {
    const chunks: string[] = [];
    let size = 0;
    const limit = this.#opts.answerLimit;
    const job = this.stream(task, read.index, input, client, {
      format: 'json',
      chunk: (text) => {
        size += text.length;
        if (size > limit) {
          job.cancel();
          throw new TRPCError({
            code: 'PAYLOAD_TOO_LARGE',
            message: `this answer is over ${mb(limit)} MB of JSON, the most one call answers whole; ask for less, or stream it over REST (\`Accept: application/x-ndjson\`)`,
          });
        }
        chunks.push(text);
      },
    });
    await job.done;
    return JSON.parse(chunks.join('')) as HeavyOutput<T>;
  }

  /**
   * `task` on `index`, its answer's text handed to `sink` chunk by chunk; `done` settles when the
   * last is taken (or rejects: the engine's error, a full queue, a worker lost). `cancel` stops it.
   */
  stream<T extends HeavyTask>(
    task: T,
    index: LedgerIndex,
    input: HeavyInput<T>,
    client: string | null,
    sink: AnswerSink,
  ) {
    let job!: Job;
    const done = new Promise<void>((resolve, reject) => {
      if (this.#closed) throw new Error('the engine pool is closed');
      if (client !== null && this.#heldBy(client) >= this.#opts.perClient)
        throw new TRPCError({
          code: 'SERVICE_UNAVAILABLE',
          message: `one client may have ${this.#opts.perClient} heavy call(s) on the engine at once; retry when one has answered`,
        });
      const key = this.#keyOf(index);
      const id = this.#nextId++;
      job = { id, client, task, input, key, index, sink, resolve, reject, cancelled: false };
      this.#waiting.push(job);
      this.#dispatch();
      if (this.#waiting.length <= this.#opts.queue) return;
      this.#waiting.pop();
      throw new TRPCError({
        code: 'SERVICE_UNAVAILABLE',
        message: `the engine's ${this.#opts.size} workers are busy and ${this.#opts.queue} calls wait; retry in a second`,
      });
    });
    return {
      done,
      cancel: () => {
        if (!job || job.cancelled) return;
        job.cancelled = true;
        const queued = this.#waiting.indexOf(job);
        if (queued >= 0) {
          this.#waiting.splice(queued, 1);
          job.resolve();
        } else this.#slotOf(job)?.worker.postMessage({ type: 'cancel', id: job.id } satisfies ToPool);
      },
    };
  }

  /** Stops every worker (the server is closing). */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#waiting.splice(0)) job.reject(new Error('the engine pool closed'));
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #heldBy(client: string): number {
    const running = this.#slots.filter((s) => s.job?.client === client).length;
    return running + this.#waiting.filter((j) => j.client === client).length;
  }

  #keyOf(index: LedgerIndex): number {
    const known = this.#keys.get(index);
    if (known !== undefined) return known;
    const key = this.#nextKey++;
    this.#keys.set(index, key);
    return key;
  }

  #slotOf(job: Job): Slot | undefined {
    return this.#slots.find((s) => s.job === job);
  }

  #dispatch(): void {
    if (this.#opts.inline ?? !hasWorker) {
      for (const job of this.#waiting.splice(0)) void this.#runHere(job);
      return;
    }
    while (this.#waiting.length > 0) {
      const idle = this.#slots.filter((s) => !s.job);
      if (idle.length === 0 && this.#slots.length >= this.#opts.size) return;
      // Fair turns: a client with nothing running goes before one already running a call.
      const running = new Set(this.#slots.map((s) => s.job?.client));
      const next = this.#waiting.findIndex((j) => j.client === null || !running.has(j.client));
      const [job] = this.#waiting.splice(Math.max(next, 0), 1);
      const slot = idle.find((s) => s.keys.includes(job!.key)) ?? idle[0] ?? this.#spawn();
      this.#start(slot, job!);
    }
  }

  /** Without a worker script: the task on this thread, its answer handed on in slices. */
  async #runHere(job: Job): Promise<void> {
    try {
      let chunk = '';
      for (const piece of answerPieces(job.task, job.index, job.input as never, job.sink.format)) {
        chunk += piece;
        if (chunk.length < SLICE) continue;
        if (job.cancelled) return job.resolve();
        await job.sink.chunk(chunk);
        chunk = '';
        await new Promise((r) => setImmediate(r));
      }
      if (chunk && !job.cancelled) await job.sink.chunk(chunk);
      job.resolve();
    } catch (err) {
      job.reject(err);
    }
  }

  #start(slot: Slot, job: Job): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    slot.job = job;
    slot.worker.ref();
    const known = slot.keys.includes(job.key);
    slot.keys = [...slot.keys.filter((k) => k !== job.key), job.key].slice(-KEEP);
    const message: ToPool = {
      type: 'run',
      id: job.id,
      task: job.task,
      input: job.input,
      key: job.key,
      format: job.sink.format,
      credit: CREDIT,
      ...(known ? {} : { ledger: job.index.ledger }),
    };
    slot.worker.postMessage(message);
  }

  #spawn(): Slot {
    const fromSource = entry.pathname.endsWith('.ts');
    const worker = fromSource
      ? new Worker(new URL('./worker-boot.mjs', import.meta.url), {
          workerData: { entry: entry.href },
          resourceLimits: { maxOldGenerationSizeMb: this.#opts.workerHeapMb },
        })
      : new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: this.#opts.workerHeapMb } });
    const slot: Slot = { worker, job: null, keys: [], idle: null };
    worker.on('message', (m: FromPool) => this.#receive(slot, m));
    worker.on('error', (err) => this.#lost(slot, err));
    worker.on('exit', () => this.#lost(slot, null));
    this.#slots.push(slot);
    return slot;
  }

  #receive(slot: Slot, m: FromPool): void {
    const job = slot.job;
    if (!job || job.id !== m.id) return;
    if (m.type === 'chunk') {
      if (job.cancelled) return;
      const stop = (err: unknown) => {
        job.cancelled = true;
        if (slot.job === job) slot.worker.postMessage({ type: 'cancel', id: job.id } satisfies ToPool);
        job.reject(err);
      };
      const more = () => {
        if (slot.job === job && !job.cancelled)
          slot.worker.postMessage({ type: 'more', id: job.id } satisfies ToPool);
      };
      try {
        const taken = job.sink.chunk(m.text);
        if (taken) taken.then(more, stop);
        else more();
      } catch (err) {
        stop(err);
      }
      return;
    }
    if (m.type === 'error') job.reject(receivedError(m.error));
    else job.resolve();
    this.#release(slot);
  }

  #release(slot: Slot): void {
    slot.job = null;
    slot.worker.unref();
    slot.idle = setTimeout(() => void slot.worker.terminate(), this.#opts.idleMs);
    slot.idle.unref();
    this.#dispatch();
  }

  /** A worker that died (out of memory, say): its call is answered 503, the slot freed for a new one. */
  #lost(slot: Slot, err: Error | null): void {
    const at = this.#slots.indexOf(slot);
    if (at < 0) return;
    this.#slots.splice(at, 1);
    if (slot.idle) clearTimeout(slot.idle);
    const job = slot.job;
    if (job) {
      if (err) console.error('hutong api: an engine worker failed', err);
      job.reject(
        new TRPCError({
          code: 'SERVICE_UNAVAILABLE',
          message: `this call needed more than an engine worker holds (${this.#opts.workerHeapMb} MB); ask for less, or retry`,
        }),
      );
    }
    if (!this.#closed) this.#dispatch();
  }
}

const mb = (chars: number) => Math.round(chars / 2 ** 20);
