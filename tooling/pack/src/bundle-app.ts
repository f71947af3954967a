import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsdown';
import { NODE_BUNDLE } from './node-bundle';

export interface BundleAppOptions {
  /** The app's directory (its package.json's). */
  appDir: string;
  /** Output name → source file, relative to `appDir`. */
  entry: Record<string, string>;
  /** npm packages left out of the bundle (with their subpaths): WebAssembly or native parts beside JS. */
  external: readonly string[];
}

/**
 * An app as bundled JavaScript in `dist/lib/`: workspace and npm packages bundled in, so a start reads
 * one file instead of walking node_modules per package; the curated ledger copied to `dist/ledger/`,
 * where the bundled loader looks for it. Returns the bundle for callers that inspect its chunks.
 */
export async function bundleApp(opts: BundleAppOptions) {
  const external = (id: string) => opts.external.some((name) => id === name || id.startsWith(`${name}/`));
  const [bundle] = await build({
    ...NODE_BUNDLE,
    cwd: opts.appDir,
    entry: opts.entry,
    outDir: 'dist/lib',
    dts: false,
    minify: true,
    clean: ['dist'],
    deps: { alwaysBundle: (id) => !external(id), neverBundle: external, onlyBundle: false },
  });
  if (!bundle) throw new Error('tsdown built nothing');
  cpSync(join(opts.appDir, '../../packages/data/ledger/'), join(opts.appDir, 'dist/ledger/'), {
    recursive: true,
  });
  return bundle;
}
