import type { HttpEnv } from '../env';
import type { PoolOptions } from '../pool/engine-pool';
import type { TrustProxy } from './client-address';

/** What the HTTP layer enforces; every field has a default (see env.ts). */
export interface HttpSettings {
  bodyLimit: number;
  decideManyBodyLimit: number;
  corsOrigins: '*' | readonly string[];
  editsPerMinute: number;
  /** Work units a client address may spend per minute. */
  addressBudget: number;
  /** Work units an API token may spend per minute. */
  tokenBudget: number;
  maxBatchSize: number;
  /** Open event streams per client address, and in all. */
  streamsPerAddress: number;
  streamsTotal: number;
  jsonDepth: number;
  /** Whose `X-Forwarded-For` entries to trust: a count of hops, or the proxies' addresses. */
  trustProxy: TrustProxy;
  /** The engine's worker pool for heavy calls. */
  pool: PoolOptions;
}

export function httpSettings(env: HttpEnv): HttpSettings {
  return {
    bodyLimit: env.HUTONG_BODY_LIMIT,
    decideManyBodyLimit: env.HUTONG_DECIDE_MANY_BODY_LIMIT,
    corsOrigins: env.HUTONG_CORS_ORIGINS,
    editsPerMinute: env.HUTONG_EDIT_RATE,
    addressBudget: env.HUTONG_REQUEST_BUDGET,
    tokenBudget: env.HUTONG_TOKEN_BUDGET,
    maxBatchSize: env.HUTONG_MAX_BATCH,
    streamsPerAddress: env.HUTONG_SSE_PER_ADDRESS,
    streamsTotal: env.HUTONG_SSE_TOTAL,
    jsonDepth: env.HUTONG_JSON_DEPTH,
    trustProxy: env.HUTONG_TRUST_PROXY,
    pool: {
      size: env.HUTONG_POOL_SIZE,
      queue: env.HUTONG_POOL_QUEUE,
      perClient: env.HUTONG_POOL_PER_CLIENT,
      idleMs: env.HUTONG_POOL_IDLE_MS,
      workerHeapMb: env.HUTONG_WORKER_HEAP_MB,
      answerLimit: env.HUTONG_ANSWER_MB * 2 ** 20,
    },
  };
}
