import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own curated ledger files. */
export const ledgerDir: string = fileURLToPath(new URL('../ledger/', import.meta.url));

/**
 * A hash of the ledger files' names and bytes, read without parsing them (a few milliseconds): two
 * directories with the same fingerprint seed a store identically, so a cache made from one holds for
 * the other.
 */
export function ledgerFingerprint(dir: string = ledgerDir): string {
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    const abs = join(dir, rel);
    if (!existsSync(abs)) return;
    for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name))
        hash
          .update(`${path}\0`)
          .update(readFileSync(join(dir, path)))
          .update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}
