import { keyLabel } from './key-name';
import { type Binding, KEYMAP, SCOPES, type Scope } from './keymap';

export interface KeyRow {
  keys: string;
  help: string;
}

export interface KeySection {
  scope: Scope;
  title: string;
  rows: KeyRow[];
}

const keysOf = (keys: readonly string[]) => keys.map(keyLabel).join(' ');

/** The keymap as people read it, section by section. */
export function keyTable(): KeySection[] {
  return (Object.keys(SCOPES) as Scope[]).map((scope) => ({
    scope,
    title: SCOPES[scope],
    rows: KEYMAP.filter((b) => b.scope === scope).map((b) => ({ keys: keysOf(b.keys), help: b.help })),
  }));
}

/** The short key reminders for the footer of a screen with these scopes. */
export function hints(scopes: readonly Scope[]): { keys: string; hint: string }[] {
  return scopes.flatMap((scope) =>
    KEYMAP.filter((b) => b.scope === scope).flatMap((b: Binding) =>
      b.hint ? [{ keys: b.hintKeys ?? keyLabel(b.keys[0]!), hint: b.hint }] : [],
    ),
  );
}

/** The key table as Markdown, for docs/terminal-ui.md. */
export function keyTableMarkdown(): string {
  return keyTable()
    .map((s) =>
      [
        `**${s.title}**`,
        '',
        '| keys | does |',
        '| --- | --- |',
        ...s.rows.map((r) => `| ${r.keys} | ${r.help} |`),
      ].join('\n'),
    )
    .join('\n\n');
}
