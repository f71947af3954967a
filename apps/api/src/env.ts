import { z } from 'zod';

/** The server's settings, parsed once; nothing else reads `process.env`. */
export const Env = z.object({
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
  const parsed = Env.safeParse(source);
  if (parsed.success) return parsed.data;
  const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`bad environment: ${why}`);
}
