import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp, externalPackages, writePackManifest } from '@hutong/pack';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const own = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

/**
 * The CLI as bundled JavaScript in `dist/` — a directory `npm pack` and `npm install -g` take as it is.
 * The workspace packages are bundled in; npm packages stay external and become the package's
 * dependencies (ranges from the pnpm catalog). Each command is its own chunk, so `hutong --help`
 * loads almost nothing and a question never loads PGlite when the store's snapshot is current.
 */
// Everything but these is bundled: one file read instead of a node_modules walk per package is most of
// a cold start. PGlite (WebAssembly beside its JS), pg (optional native parts) and Ink/React (one React
// for the terminal UI) stay external, installed as the package's dependencies.
const EXTERNAL = ['@electric-sql/pglite', 'pg', 'ink', 'react'];
const bundle = await bundleApp({ appDir: here('.'), entry: { hutong: 'src/main.ts' }, external: EXTERNAL });
const externals = externalPackages(bundle.chunks);
// Declared here too, so the bundle also runs in place in the workspace (`pnpm bench`, the tests).
const undeclared = externals.filter((name) => !(name in own.dependencies));
if (undeclared.length) throw new Error(`add to apps/cli dependencies (catalog:): ${undeclared.join(', ')}`);
// The built web app, so an installed `hutong serve` serves it (turbo builds the web app first).
const web = here('../web/dist/');
if (!existsSync(join(web, 'index.html')))
  throw new Error('build the web app first (pnpm --filter @hutong/web build)');
cpSync(web, here('./dist/web/'), { recursive: true });
writePackManifest(here('./dist/'), {
  name: '@hutong/cli',
  version: own.version,
  description: 'hutong: a sourced, time-aware ledger of platform interoperability, on the command line',
  dependencies: externals,
  fields: { bin: { hutong: 'lib/hutong.js' }, files: ['lib', 'ledger', 'web'] },
});
