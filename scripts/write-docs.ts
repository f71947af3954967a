// `pnpm write-docs`: rewrites every generated document, or the generated part of one, from the code it
// describes. Each part sits between `<!-- generated: NAME … -->` and `<!-- end generated: NAME -->`;
// a test beside each generator fails when the file in docs/ is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { cliReferenceMarkdown } from '../apps/cli/src/spec/cli-reference';
import { keyDocMarkdown } from '../apps/cli/src/tui/keymap/key-doc';
import { glossaryMarkdown } from '../packages/domain/src/glossary';
import { envTableMarkdown } from '../packages/server/src/env-table';
import { costTableMarkdown } from '../packages/server/src/http/cost-table';

const doc = (name: string) => new URL(`../docs/${name}`, import.meta.url);

/** Puts `block` (markers included) in place of the part between the same markers in `file`. */
function replacePart(file: string, block: string): void {
  const name = /^<!-- generated: (\S+)/.exec(block)?.[1];
  if (!name) throw new Error(`a generated block starts with its marker: ${block.slice(0, 60)}`);
  const text = readFileSync(doc(file), 'utf8');
  const part = new RegExp(`<!-- generated: ${name}[^>]*-->[\\s\\S]*?<!-- end generated: ${name} -->`);
  if (!part.test(text)) throw new Error(`docs/${file} has no markers for "${name}"`);
  writeFileSync(
    doc(file),
    text.replace(part, () => block),
  );
}

writeFileSync(doc('glossary.md'), glossaryMarkdown());
replacePart('cli.md', cliReferenceMarkdown());
replacePart('terminal-ui.md', keyDocMarkdown());
replacePart('configuration.md', envTableMarkdown());
replacePart(
  'api.md',
  [
    '<!-- generated: costs (pnpm write-docs, from the costs the procedures declare) -->',
    costTableMarkdown(),
    '<!-- end generated: costs -->',
  ].join('\n'),
);
