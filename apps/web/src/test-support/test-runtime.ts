import type { Auth } from '@hutong/router';
import { openRuntime, type Runtime } from '@hutong/runtime/open-runtime';
import { afterAll, beforeAll } from 'vitest';
import { readToken } from '../trpc/token';

/**
 * The server's runtime over an in-memory store seeded with the curated ledger: what `hutong serve`
 * runs, minus HTTP. Components that edit need it; the rest read the plain test ledger.
 */
export async function openTestRuntime(): Promise<Runtime> {
  return openRuntime({ dataDir: 'memory://' });
}

/** A test runtime opened before the enclosing suite's tests and closed after them; call the getter inside tests. */
export function testRuntimePerSuite(): () => Runtime {
  let runtime: Runtime | undefined;
  beforeAll(async () => {
    runtime = await openTestRuntime();
  }, 120_000);
  afterAll(() => runtime?.close());
  return () => {
    if (!runtime) throw new Error('the test runtime opens in beforeAll: read it inside a test');
    return runtime;
  };
}

/** A fresh token with `role`, as `hutong token create` makes one. */
export async function createToken(runtime: Runtime, role: 'editor' | 'admin', name = `test ${role}`) {
  return (await runtime.store.tokens.create({ name, role })).token;
}

/** Who the tab's token names, as the server reads it from the `authorization` header the client sends. */
export async function authFromTabToken(runtime: Runtime): Promise<Auth | null> {
  const token = readToken();
  const info = token ? await runtime.store.tokens.verify(token) : null;
  return info && { tokenId: info.id, name: info.name, role: info.role };
}
