import { commandHelp, globalHelp } from '../help';
import { COMMANDS } from './command-specs';
import { valuesOf } from './vocabulary';

/**
 * The command reference docs/cli.md prints: `hutong help` and every `hutong COMMAND --help`, written
 * from the command specs the parser, the help screens and the completions read (`pnpm write-docs` rewrites
 * it between its markers; cli-reference.test.ts fails when the document is stale).
 */
export function cliReferenceMarkdown(): string {
  const block = (text: string) => ['```text', text, '```'].join('\n');
  return [
    '<!-- generated: cli (pnpm write-docs, from apps/cli/src/spec) -->',
    '### `hutong help`',
    '',
    block(globalHelp()),
    ...COMMANDS.flatMap((c) => ['', `### \`hutong ${c.name}\``, '', block(commandHelp(c, valuesOf))]),
    '<!-- end generated: cli -->',
  ].join('\n');
}
