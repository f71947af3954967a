import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CliEnv } from './env';

/**
 * Whether this invocation will create the embedded store (seconds of seeding with nothing to show):
 * no server named, no DATABASE_URL, and no PGlite directory yet.
 */
export const createsStore = (api: string | undefined, env: CliEnv): boolean =>
  api === undefined && env.DATABASE_URL === undefined && !existsSync(join(env.HUTONG_DATA_DIR, 'pglite'));
