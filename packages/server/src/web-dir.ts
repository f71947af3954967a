import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The web app's build output beside this app in the monorepo, when it has been built. */
export function defaultWebDir(): string | undefined {
  const dir = fileURLToPath(new URL('../../../apps/web/dist', import.meta.url));
  return existsSync(`${dir}/index.html`) ? dir : undefined;
}
