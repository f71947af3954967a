import { describeIssues } from '@hutong/domain';
import { DEFAULT_DATA_DIR } from '@hutong/store/defaults';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import type { TrustProxy } from './http/client-address';

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** The HTTP layer's limits; `hutong serve` reads these too. Every one is listed in the README. */
export const HttpEnv = z.object({
  /** Largest request body in bytes; larger ones get 413 before they are read. */
  HUTONG_BODY_LIMIT: count(1_048_576),
  /** Largest `decideMany` body in bytes (10,000 questions of up to ~800 bytes each). */
  HUTONG_DECIDE_MANY_BODY_LIMIT: count(8 * 1_048_576),
  /** Origins allowed to call from a browser: comma-separated, `*` for any; default none. */
  HUTONG_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s.trim() === '*'
        ? ('*' as const)
        : s
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean),
    ),
  /** Edits (mutation calls) one token may make per minute. */
  HUTONG_EDIT_RATE: count(60),
  /** Work units one client address may spend per minute (a plain call is 10; see request-cost.ts). */
  HUTONG_REQUEST_BUDGET: count(30_000),
  /** Work units one API token may spend per minute (charged instead of the address's budget). */
  HUTONG_TOKEN_BUDGET: count(600_000),
  /** Event streams (SSE subscriptions) one client address may hold open. */
  HUTONG_SSE_PER_ADDRESS: count(8),
  /** Event streams the server holds open in all. */
  HUTONG_SSE_TOTAL: count(1_000),
  /** Calls in one tRPC batch. */
  HUTONG_MAX_BATCH: count(50),
  /** Deepest JSON nesting accepted in a body or a query's `input`. */
  HUTONG_JSON_DEPTH: count(64),
  /**
   * Reverse proxies whose `X-Forwarded-For` entries are trusted: their number (0: none), or their
   * addresses and subnets, comma-separated (`10.0.0.2,10.1.0.0/16`; `loopback`, `uniquelocal` too).
   */
  HUTONG_TRUST_PROXY: z
    .string()
    .default('0')
    .transform((s, ctx): TrustProxy => {
      if (/^\d+$/.test(s.trim())) {
        const hops = Number(s);
        if (hops <= 16) return hops;
        ctx.addIssue({ code: 'custom', message: 'at most 16 proxies' });
        return z.NEVER;
      }
      const list = s
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      try {
        proxyAddr.compile(list);
        return list;
      } catch (err) {
        ctx.addIssue({
          code: 'custom',
          message: `not a number of proxies nor their addresses: ${(err as Error).message}`,
        });
        return z.NEVER;
      }
    }),
});
export type HttpEnv = z.infer<typeof HttpEnv>;

/** The server's settings, parsed once; nothing else reads `process.env`. */
export const Env = HttpEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Where the embedded PGlite store keeps its files. */
  HUTONG_DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
  /** A PostgreSQL server to use instead of the embedded store. */
  DATABASE_URL: z.string().url().optional(),
  /** The built web app to serve at `/`. */
  HUTONG_WEB_DIR: z.string().optional(),
  /** Megabytes (estimated) the "as recorded at" ledgers may hold in memory together. */
  HUTONG_RECORDED_CACHE_MB: count(128),
  /** `production`: answers the engine built are not parsed again on the way out (see engine-output.ts). */
  NODE_ENV: z.string().default('development'),
  /** "As recorded at" folds running or waiting at once; past that, 503 with Retry-After. */
  HUTONG_FOLD_QUEUE: count(4),
});
export type Env = z.infer<typeof Env>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  return parseEnv(Env, source);
}

export function readHttpEnv(source: Record<string, string | undefined> = process.env): HttpEnv {
  return parseEnv(HttpEnv, source);
}

function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  const parsed = schema.safeParse(source);
  if (parsed.success) return parsed.data;
  const why = describeIssues(parsed.error.issues);
  throw new Error(`bad environment: ${why}`);
}
