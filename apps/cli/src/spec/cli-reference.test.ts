import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandHelp } from '../help';
import { cliReferenceMarkdown } from './cli-reference';
import { COMMANDS, commandNamed } from './command-specs';
import { valuesOf } from './vocabulary';

describe('the command reference', () => {
  it('holds every command’s help page, with the values its flags allow', () => {
    const doc = cliReferenceMarkdown();
    for (const c of COMMANDS) expect(doc).toContain(`### \`hutong ${c.name}\``);
    expect(doc).toContain(commandHelp(commandNamed('decide')!, valuesOf));
    expect(doc).toMatch(/--surface S +where on the host; .*\(\*, private-chat, group-chat/);
  });

  it('is the reference docs/cli.md prints (run `npx --yes pnpm@10.34.8 write-docs` when it is stale)', () => {
    const file = readFileSync(new URL('../../../../docs/cli.md', import.meta.url), 'utf8');
    expect(file).toContain(cliReferenceMarkdown());
  });
});
