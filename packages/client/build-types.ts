import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsdown';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const staging = here('./dist-types/');
const packages = here('../');

/** `@hutong/router` → `packages/router/src/index`, `@hutong/store/tokens` → `packages/store/src/tokens`, from each package's exports. */
function workspaceEntries(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of readdirSync(packages)) {
    const pkg = JSON.parse(readFileSync(join(packages, dir, 'package.json'), 'utf8')) as {
      name: string;
      exports?: Record<string, string>;
    };
    for (const [sub, file] of Object.entries(pkg.exports ?? {}))
      out.set(
        join(pkg.name, sub).replace(/\/\.$/, ''),
        join(staging, 'packages', dir, file.replace(/\.ts$/, '')),
      );
  }
  return out;
}

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) yield* files(join(dir, e.name));
    else if (e.name.endsWith('.d.ts')) yield join(dir, e.name);
}

/**
 * The client's declarations with the router's types inside: tsc writes declarations for the client and
 * the workspace packages its types reach (router, domain, store), the workspace imports among them are
 * made relative, and tsdown bundles them into one `dist/index.d.ts` — a consumer needs none of the
 * workspace packages, only tRPC's and zod's own types.
 */
export async function buildTypes(): Promise<void> {
  rmSync(staging, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [here('./node_modules/typescript/bin/tsc'), '-p', here('./tsconfig.dts.json')],
    {
      stdio: 'inherit',
    },
  );
  const entries = workspaceEntries();
  for (const file of files(staging)) {
    const text = readFileSync(file, 'utf8').replace(
      /(["'])(@hutong\/[a-z-]+(?:\/[a-z-]+)?)\1/g,
      (whole, q, spec) => {
        const target = entries.get(spec);
        if (!target) return whole;
        const rel = relative(dirname(file), target);
        return `${q}${rel.startsWith('.') ? rel : `./${rel}`}${q}`;
      },
    );
    writeFileSync(file, text);
  }
  await build({
    config: false,
    cwd: here('.'),
    entry: { index: join(staging, 'packages/client/src/index.d.ts') },
    outDir: 'dist',
    format: 'esm',
    platform: 'node',
    clean: false,
    logLevel: 'warn',
    // Types from packages the client does not depend on (zod's, the OpenAPI meta's) are inlined too.
    dts: { dtsInput: true, emitDtsOnly: true },
  });
  rmSync(staging, { recursive: true, force: true });
}
