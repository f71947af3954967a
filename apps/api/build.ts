import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleApp } from '@hutong/pack';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The API server as one bundled file, `dist/lib/main.js`, which `pnpm start` and the bench run with
 * plain `node`: no tsx transpiling and caching every workspace source at start (tens of megabytes of
 * the server's memory), and one file read instead of a node_modules walk per package. As the CLI's
 * build does: workspace packages and npm packages are bundled in; PGlite (WebAssembly beside its JS)
 * and pg (optional native parts) stay external, declared as this app's dependencies.
 */
await bundleApp({
  appDir: here('.'),
  // The engine pool's worker (packages/server/src/pool), beside main.js where the pool looks for it.
  entry: { main: 'src/main.ts', 'engine-worker': '../../packages/server/src/pool/engine-worker.ts' },
  external: ['@electric-sql/pglite', 'pg'],
});
// The built web app, where the bundled server looks for it (`../web/` beside `lib/`), when it is built.
const web = here('../web/dist/');
if (existsSync(`${web}/index.html`)) cpSync(web, here('./dist/web/'), { recursive: true });
