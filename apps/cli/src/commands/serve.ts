import { parseFlags, portFlag } from '../args';
import { useShippedWebApp } from '../env';
import { serveSpec } from '../spec/admin-specs';

/**
 * `hutong serve`: the HTTP server (API, plain JSON and web app) configured like `pnpm start` — by
 * PORT, HOST, HUTONG_DATA_DIR, DATABASE_URL and the limit variables — with --port/--host on top.
 */
export async function serveCommand(args: string[]) {
  const f = parseFlags(args, serveSpec.flags);
  useShippedWebApp(import.meta.url);
  const { serveFromEnv } = await import('@hutong/server');
  await serveFromEnv({ port: f.port === undefined ? undefined : portFlag(f.port, 3000), host: f.host });
}
