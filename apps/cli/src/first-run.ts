import { createsEmbeddedStore } from '@hutong/store';
import type { CliEnv } from './env';

/** Whether this invocation will create the embedded store: no server named and no store yet. */
export const createsStore = (api: string | undefined, env: CliEnv): boolean =>
  api === undefined && createsEmbeddedStore(env.HUTONG_DATA_DIR, env.DATABASE_URL);
