import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root (this file lives in packages/data/src). */
export const repoRoot: string = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the seed articles live unless HUTONG_SOURCES_DIR says otherwise: ../shared/seeds beside the repo. */
export const defaultSourcesDir: string = join(repoRoot, '..', 'shared', 'seeds');
