import { keyTableMarkdown } from './key-table';

/** docs/terminal-ui.md's key table between its markers (`pnpm write-docs` rewrites it; keymap.test.ts holds it). */
export const keyDocMarkdown = (): string =>
  [
    '<!-- generated: keys (pnpm write-docs, from apps/cli/src/tui/keymap/keymap.ts) -->',
    keyTableMarkdown(),
    '<!-- end generated: keys -->',
  ].join('\n');
