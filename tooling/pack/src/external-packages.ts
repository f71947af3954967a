import { builtinModules } from 'node:module';

interface Chunk {
  type: string;
  fileName?: string;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
}

const builtins = new Set(builtinModules);

/** The npm package a bare import names: `@trpc/server/adapters/x` → `@trpc/server`, `ink` → `ink`. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:') || specifier.startsWith('.') || specifier.startsWith('/')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtins.has(name) ? null : name;
}

/** Every npm package the bundle's chunks still import (the ones left external), sorted. */
export function externalPackages(chunks: readonly Chunk[]): string[] {
  const names = new Set<string>();
  // A chunk's imports name the bundle's other chunks by file name too.
  const own = new Set(chunks.map((c) => c.fileName));
  for (const chunk of chunks) {
    if (chunk.type !== 'chunk') continue;
    for (const spec of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) {
      if (own.has(spec)) continue;
      const name = packageOf(spec);
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}
