import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The workspace root (this file lives in tooling/pack/src). */
const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface PackManifestOptions {
  name: string;
  version: string;
  description: string;
  /** The npm packages the built files import; each gets its range from the pnpm catalog. */
  dependencies: readonly string[];
  /** Other package.json fields: bin, exports, types, files, engines … */
  fields: Record<string, unknown>;
}

/** The catalog's version range for each package, from pnpm-workspace.yaml. */
function catalog(): Record<string, string> {
  const workspace = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')) as {
    catalog?: Record<string, string>;
  };
  return workspace.catalog ?? {};
}

/** The Node range the workspace is tested on, from the root package.json. */
function testedNode(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } };
  const range = pkg.engines?.node;
  if (!range) throw new Error('the root package.json states no engines.node');
  return range;
}

/**
 * A package.json for a built directory that plain `npm pack` and `npm install` understand: real
 * version ranges (from the catalog) instead of `catalog:` and `workspace:` references, which only
 * pnpm resolves. A dependency missing from the catalog is an error, not a silent `*`.
 */
export function packManifest(opts: PackManifestOptions): Record<string, unknown> {
  const ranges = catalog();
  const dependencies: Record<string, string> = {};
  for (const name of opts.dependencies) {
    const range = ranges[name];
    if (!range) throw new Error(`${opts.name} imports ${name}, which is not in the pnpm catalog`);
    dependencies[name] = range;
  }
  return {
    name: opts.name,
    version: opts.version,
    description: opts.description,
    type: 'module',
    license: 'UNLICENSED',
    // The tested range (the root's `engines`, which CI runs both majors of), not a wider promise.
    engines: { node: testedNode() },
    ...opts.fields,
    dependencies,
  };
}

export function writePackManifest(dir: string, opts: PackManifestOptions): void {
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(packManifest(opts), null, 2)}\n`);
}
