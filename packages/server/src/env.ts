import { describeIssues } from '@hutong/domain';
import { DEFAULT_DATA_DIR } from '@hutong/store/defaults';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import type { TrustProxy } from './http/client-address';

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

// Each setting's `.describe()` is its line in docs/configuration.md (`pnpm write-docs` writes the table from
// this schema, and env-table.test.ts fails when the document is stale).

/** The HTTP layer's limits; `hutong serve` reads these too. */
export const HttpEnv = z.object({
  HUTONG_BODY_LIMIT: count(1_048_576).describe(
    'largest request body in bytes (413; a declared length is refused unread)',
  ),
  HUTONG_DECIDE_MANY_BODY_LIMIT: count(8 * 1_048_576).describe(
    'largest `decideMany` body in bytes (10,000 questions of up to ~800 bytes each)',
  ),
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
    )
    .describe('origins allowed to call from a browser: comma-separated, or `*` for any'),
  HUTONG_EDIT_RATE: count(60).describe(
    'edits (mutation calls) one token may make a minute (429 with `Retry-After`)',
  ),
  HUTONG_REQUEST_BUDGET: count(30_000).describe(
    'work units one client address may spend a minute (429 with `Retry-After`; see [api.md](api.md#costs))',
  ),
  HUTONG_TOKEN_BUDGET: count(600_000).describe(
    "work units one API token may spend a minute, charged instead of its address's budget",
  ),
  HUTONG_SSE_PER_ADDRESS: count(8).describe(
    'event streams (SSE subscriptions) one client address may hold open (429 past it)',
  ),
  HUTONG_SSE_TOTAL: count(1_000).describe('event streams the server holds open in all (503 past it)'),
  HUTONG_MAX_BATCH: count(50).describe(
    'calls in one tRPC batch (more is a 400); its calls also share each per-call cap (see [api.md](api.md#costs))',
  ),
  HUTONG_POOL_SIZE: count(2).describe(
    'engine worker threads at most, for heavy calls (openness ranges, what-if, why-not, large `decideMany`); each starts on demand',
  ),
  HUTONG_POOL_QUEUE: count(8).describe(
    'heavy calls waiting for a worker at most (past it: 503 with `Retry-After: 1`)',
  ),
  HUTONG_POOL_PER_CLIENT: count(4).describe(
    'heavy calls one client (its token, else its address) may have running or waiting (past it: 503 with `Retry-After: 1`)',
  ),
  HUTONG_POOL_IDLE_MS: count(30_000).describe('milliseconds an idle engine worker lives before it exits'),
  HUTONG_WORKER_HEAP_MB: count(256).describe(
    "each engine worker's JavaScript heap in MB; a call needing more loses its worker alone (503)",
  ),
  HUTONG_ANSWER_MB: count(16).describe(
    'largest heavy answer, in MB of JSON, given whole over tRPC or plain JSON (past it: 413; REST streams instead)',
  ),
  HUTONG_JSON_DEPTH: count(64).describe(
    "deepest JSON nesting in a body or a query's `input`, checked before parsing (400)",
  ),
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
    })
    .describe(
      'reverse proxies trusted for `X-Forwarded-For`: their addresses and subnets, or a number of hops (see below)',
    ),
});
export type HttpEnv = z.infer<typeof HttpEnv>;

/** The server's settings, parsed once; nothing else reads `process.env`. */
export const Env = HttpEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000).describe('the port to listen on'),
  HOST: z.string().default('127.0.0.1').describe('the address to listen on'),
  HUTONG_DATA_DIR: z
    .string()
    .default(DEFAULT_DATA_DIR)
    .describe('where the embedded PGlite store keeps its files'),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .describe('a PostgreSQL server (`postgres://…`) to use instead of the embedded store'),
  HUTONG_WEB_DIR: z
    .string()
    .optional()
    .describe(
      "the built web app to serve at `/` (default: the workspace's `apps/web/dist`, or the one the CLI ships)",
    ),
  HUTONG_RECORDED_CACHE_MB: count(128).describe(
    'megabytes (estimated) the "as recorded at" ledgers may hold in memory together',
  ),
  // engine-output.ts: in production the engine's answers are not parsed again on the way out.
  NODE_ENV: z
    .string()
    .default('development')
    .describe('`production`: answers the engine built are not validated again on the way out'),
  HUTONG_FOLD_QUEUE: count(4).describe(
    '"as recorded at" folds running or waiting at once (past it: 503 with `Retry-After: 1`)',
  ),
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
