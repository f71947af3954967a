import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The web app's build output: beside a bundled server (`dist/lib/` → `dist/web/`, as the API's and the
 * CLI's builds lay it out), else beside this app in the monorepo, when it has been built.
 */
export function defaultWebDir(): string | undefined {
  for (const path of ['../web', '../../../apps/web/dist']) {
    const dir = fileURLToPath(new URL(path, import.meta.url));
    if (existsSync(`${dir}/index.html`)) return dir;
  }
  return undefined;
}
