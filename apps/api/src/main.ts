import { serveFromEnv } from '@hutong/server';

serveFromEnv().catch((err: unknown) => {
  console.error(`hutong: could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
