import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** The HTTP layer's limits; `hutong serve` reads these too. */
export const HttpEnv = z.object({
  /** Largest request body in bytes; larger ones get 413 before they are read. */
  HUTONG_BODY_LIMIT: count(1_048_576),
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
  /** Requests one client address may make per minute. */
  HUTONG_REQUEST_RATE: count(600),
});
export type HttpEnv = z.infer<typeof HttpEnv>;

/** The server's settings, parsed once; nothing else reads `process.env`. */
export const Env = HttpEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Where the embedded PGlite store keeps its files. */
  HUTONG_DATA_DIR: z.string().default('./.hutong'),
  /** A PostgreSQL server to use instead of the embedded store. */
  DATABASE_URL: z.string().url().optional(),
  /** The built web app to serve at `/`. */
  HUTONG_WEB_DIR: z.string().optional(),
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
  const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`bad environment: ${why}`);
}
