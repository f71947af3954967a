import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { externalPackages, NODE_BUNDLE, writePackManifest } from '@hutong/pack';
import { build } from 'tsdown';
import { buildTypes } from './build-types';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const own = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };
const workspace = /^@hutong\//;

/**
 * `@hutong/client` for services outside the monorepo: ESM plus one `index.d.ts` into which the router's
 * types (from the workspace's router, domain and store packages) are bundled (build-types.ts), so a
 * consumer needs none of them. Only `import type` reaches the server packages, so the JavaScript holds no server code; the
 * tRPC client and its EventSource ponyfill are its dependencies.
 */
const [bundle] = await build({
  ...NODE_BUNDLE,
  cwd: here('.'),
  entry: { index: 'src/index.ts' },
  outDir: 'dist',
  clean: true,
  dts: false,
  deps: { alwaysBundle: [workspace], onlyBundle: false },
});
if (!bundle) throw new Error('tsdown built nothing');
await buildTypes();
const js = bundle.chunks.filter((c) => c.type === 'chunk' && !c.fileName.endsWith('.d.ts'));
writePackManifest(here('./dist/'), {
  name: '@hutong/client',
  version: own.version,
  description:
    'The typed client for a hutong server: every procedure, input and output typed from its router',
  // The declarations import tRPC's server types (the router's), a real dependency though no code uses it.
  dependencies: [...new Set([...externalPackages(js), '@trpc/server'])].sort(),
  fields: {
    exports: { '.': { types: './index.d.ts', import: './index.js' } },
    types: './index.d.ts',
    files: ['index.js', 'index.d.ts'],
  },
});
