import { readEnv } from './env';
import { httpSettings } from './http/settings';
import { serve } from './serve';

const env = readEnv();
serve({
  port: env.PORT,
  host: env.HOST,
  dataDir: env.HUTONG_DATA_DIR,
  databaseUrl: env.DATABASE_URL,
  webDir: env.HUTONG_WEB_DIR,
  http: httpSettings(env),
}).catch((err: unknown) => {
  console.error(`hutong: could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
