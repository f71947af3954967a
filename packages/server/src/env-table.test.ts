import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Env } from './env';
import { envTableMarkdown } from './env-table';

describe('the settings table', () => {
  it('lists every variable the server reads, with its parsed default and what it does', () => {
    const table = envTableMarkdown();
    for (const [name, schema] of Object.entries(Env.shape)) {
      expect(schema.description, name).toMatch(/\w/);
      expect(table).toContain(`| \`${name}\` |`);
    }
    expect(table).toContain('| `HUTONG_BODY_LIMIT` | `1048576` | largest request body in bytes');
    expect(table).toContain('| `HUTONG_CORS_ORIGINS` | none |');
    expect(table).toContain('| `DATABASE_URL` | — |');
  });

  it('is the table docs/configuration.md prints (run `npx --yes pnpm@10.34.8 write-docs` when it is stale)', () => {
    const doc = readFileSync(new URL('../../../docs/configuration.md', import.meta.url), 'utf8');
    expect(doc).toContain(envTableMarkdown());
  });
});
