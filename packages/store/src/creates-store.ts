import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether opening the store will create the embedded one (seconds of seeding with nothing to show, so
 * callers say so first): no PostgreSQL URL and no PGlite directory under `dataDir` yet.
 */
export const createsEmbeddedStore = (dataDir: string, databaseUrl?: string): boolean =>
  databaseUrl === undefined && !dataDir.startsWith('memory://') && !existsSync(join(dataDir, 'pglite'));
