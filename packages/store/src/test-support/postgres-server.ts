import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the PostgreSQL variants run against; each test file makes its own database on it. */
const SERVER_URL =
  process.env.HUTONG_TEST_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

export type Server = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Whether the server answers. Outside CI an unreachable server skips the PostgreSQL variants with the
 * reason printed; under `CI=true` it fails, so CI cannot pass by silently skipping them.
 */
export async function probeServer(): Promise<Server> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true, url: SERVER_URL };
  } catch (err) {
    const reason = `no PostgreSQL server at ${redact(SERVER_URL)} (${(err as Error).message})`;
    if (process.env.CI === 'true' || process.env.CI === '1')
      throw new Error(`${reason}; CI=${process.env.CI} requires it`);
    console.warn(`skipping the PostgreSQL variants: ${reason}; set HUTONG_TEST_DATABASE_URL to run them`);
    return { ok: false, reason };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates `hutong_test_<random>` on the server; returns its URL and a function that drops it. */
export async function createTestDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hutong_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
