import { engineOutputChecks } from '@hutong/router';
import { readEnv } from './env';
import { httpSettings } from './http/settings';
import { serve } from './serve';

/** The server as the environment configures it (see env.ts); `hutong serve` flags override port and host. */
export function serveFromEnv(overrides: { port?: number; host?: string } = {}) {
  const env = readEnv();
  // Set once, before any request: the engine's answers are held to their schemas by tests instead.
  engineOutputChecks.on = env.NODE_ENV !== 'production';
  return serve({
    port: overrides.port ?? env.PORT,
    host: overrides.host ?? env.HOST,
    dataDir: env.HUTONG_DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    webDir: env.HUTONG_WEB_DIR,
    http: httpSettings(env),
    recorded: { maxBytes: env.HUTONG_RECORDED_CACHE_MB * 2 ** 20, maxFolds: env.HUTONG_FOLD_QUEUE },
  });
}
