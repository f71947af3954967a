import { Env } from './env';

/** How a parsed default reads in the table: nothing set is a dash, an empty list "none". */
function shown(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return value.length ? `\`${value.join(',')}\`` : 'none';
  return `\`${String(value)}\``;
}

/**
 * The server's settings as docs/configuration.md prints them, written from the environment schema
 * itself: every variable it reads, the default it parses to when unset, and its `.describe()`.
 * Between its markers, so `pnpm write-docs` can rewrite it in place and a test can hold the file to it.
 */
export function envTableMarkdown(): string {
  const defaults = Env.parse({}) as Record<string, unknown>;
  const rows = Object.entries(Env.shape)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, schema]) => `| \`${name}\` | ${shown(defaults[name])} | ${schema.description ?? ''} |`);
  return [
    '<!-- generated: env (pnpm write-docs, from packages/server/src/env.ts) -->',
    '| variable | default | meaning |',
    '| --- | --- | --- |',
    ...rows,
    '<!-- end generated: env -->',
  ].join('\n');
}
