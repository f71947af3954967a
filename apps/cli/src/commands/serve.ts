import { serve } from '@hutong/api-server';
import { parseFlags, portFlag } from '../args';
import type { CliEnv } from '../env';

/** `hutong serve`: the HTTP server (API, plain JSON and web app) on the embedded ledger or DATABASE_URL. */
export async function serveCommand(args: string[], env: CliEnv) {
  const f = parseFlags(args, { port: { type: 'string' }, host: { type: 'string' } });
  await serve({
    port: portFlag(f.port, 3000),
    host: f.host ?? '127.0.0.1',
    dataDir: env.HUTONG_DATA_DIR,
    databaseUrl: env.DATABASE_URL,
  });
}
