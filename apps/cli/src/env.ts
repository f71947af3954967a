import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR } from '@hutong/store/defaults';
import { z } from 'zod';

/** The CLI's settings from the environment; nothing else reads `process.env`. */
export const CliEnv = z.object({
  HUTONG_DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
  DATABASE_URL: z.string().optional(),
  /** A hutong server to use instead of the embedded ledger (same as --api). */
  HUTONG_API: z.string().optional(),
  /** An editor token, for imports a server does (same as `import --token`). */
  HUTONG_TOKEN: z.string().optional(),
  NO_COLOR: z.string().optional(),
});
export type CliEnv = z.infer<typeof CliEnv>;

export const readCliEnv = (): CliEnv => CliEnv.parse(process.env);

/**
 * The web app the package ships beside its bundle (`web/` next to `lib/`), for `hutong serve` to
 * serve when HUTONG_WEB_DIR names none; in the workspace the server finds apps/web/dist itself.
 */
export function useShippedWebApp(moduleUrl: string): void {
  const dir = fileURLToPath(new URL('../web/', moduleUrl));
  if (process.env.HUTONG_WEB_DIR === undefined && existsSync(`${dir}index.html`))
    process.env.HUTONG_WEB_DIR = dir;
}

/**
 * Ink renders only its last frame when it thinks it runs in CI (it reads `CI` once, on import). The
 * explorer only opens on a real terminal, so there the flag is dropped before Ink loads.
 */
export function leaveCiModeForTerminal(): void {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
}
