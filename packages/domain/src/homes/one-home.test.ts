import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Each piece of engine vocabulary has one home; everywhere else in apps/ and packages/ calls it. A
 * pattern here is what writing it again by hand looks like. The oracle is exempt by design: it is a
 * second, independent reading of the method document and must not share the engine's code.
 */
const ROOT = join(import.meta.dirname, '../../../..');
const HOME = 'packages/domain/src/';
const RULES: { name: string; home: string; pattern: RegExp; example: string }[] = [
  {
    name: 'a crossing id or label joined by hand (host, surface, capability, target in a template)',
    home: `${HOME}schema/crossing-id.ts`,
    pattern:
      /\$\{[\w.!]*host\}[^$`\w]{1,3}\$\{[\w.!]*surface\}[^$`\w]{1,3}\$\{[\w.!]*capability\}[^$`\w]{1,3}\$\{[\w.!]*target\}/,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is source text, not a template
    example: 'const k = `${c.host}|${c.surface}|${c.capability}|${c.target}`;',
  },
  {
    name: 'a key packed by hand (`* 16`)',
    home: `${HOME}engine/fold/keys.ts`,
    pattern: /\* 16\b/,
    example: 'const slot = host * 16 + capability;',
  },
  {
    name: 'owners walked by hand (`.owner` followed in a loop)',
    home: `${HOME}schema/owner-walk.ts`,
    pattern:
      /for \((?:[^;\n]*;){1,2}[^;\n]*\.owner\b|for \(let \w+[^;\n]*=[^;\n]*\.owner;|while \([^\n]*\.owner\b|\b(\w+) = [^;\n]*\.get\(\1\)\??\.owner\b/,
    example: '    cur = actors.get(cur)?.owner;',
  },
  {
    name: 'a hand-written binary search (`lo`/`hi`)',
    home: `${HOME}schema/sorted-search.ts`,
    pattern: /while \(lo < hi\)/,
    example: '  while (lo < hi) {',
  },
  {
    name: 'a hand-written month step (`m === 12`)',
    home: `${HOME}schema/calendar.ts`,
    pattern: /\bm === 12\b/,
    example: '    m = m === 12 ? 1 : m + 1;',
  },
  {
    name: 'a rule written as one line by hand (`ruleText` defined again)',
    home: 'apps/cli/src/views/decision-parts.ts',
    pattern: /\b(?:const|function|let)\s+ruleText\b/,
    example: 'const ruleText = (r: Rule) =>',
  },
];
const EXEMPT = [`${HOME}oracle/`];

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path;
  }
}

describe('one home for each piece of engine vocabulary', () => {
  const files = ['apps', 'packages']
    .flatMap((d) => [...sources(join(ROOT, d))])
    .map((p) => relative(ROOT, p));

  it('finds the code it guards (the scan reaches every package)', () => {
    for (const rule of RULES) expect(files).toContain(rule.home);
    expect(files.some((f) => f.startsWith('apps/web/src/'))).toBe(true);
    expect(files.some((f) => f.startsWith('apps/cli/src/'))).toBe(true);
  });

  for (const rule of RULES)
    it(`has no ${rule.name} outside ${rule.home}`, () => {
      expect(rule.example).toMatch(rule.pattern);
      const found = files
        .filter(
          (f) => f !== rule.home && !f.endsWith('one-home.test.ts') && !EXEMPT.some((e) => f.startsWith(e)),
        )
        .flatMap((f) =>
          readFileSync(join(ROOT, f), 'utf8')
            .split('\n')
            .flatMap((line, i) => (rule.pattern.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
        );
      expect(found).toEqual([]);
    });
});

/**
 * The CLI's views: each is one document in apps/cli/src/views, which the text renderer (format/) and
 * the terminal UI (tui/) both render. Neither renderer reaches into the other, and the documents
 * reach into neither, so a view cannot drift into two copies again.
 */
const CLI = 'apps/cli/src/';
const IMPORT_BANS: { from: string; banned: string[] }[] = [
  { from: `${CLI}format/`, banned: [`${CLI}tui/`] },
  { from: `${CLI}tui/`, banned: [`${CLI}format/`] },
  { from: `${CLI}views/`, banned: [`${CLI}format/`, `${CLI}tui/`] },
];
const IMPORT = /(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g;

/** Where each relative import in `file` points, as a path from the repository root. */
const importsOf = (file: string, text: string) =>
  [...text.matchAll(IMPORT)].map((m) => relative(ROOT, join(ROOT, file, '..', m[1]!)));

describe('one home for each CLI view document', () => {
  const files = [...sources(join(ROOT, CLI))].map((p) => relative(ROOT, p));

  it('reads the imports it guards (a renderer importing views/ is seen)', () => {
    expect(
      importsOf(`${CLI}format/decision.ts`, "import { decisionDoc } from '../views/decision-doc';"),
    ).toEqual([`${CLI}views/decision-doc`]);
    expect(files.some((f) => f.startsWith(`${CLI}views/`))).toBe(true);
  });

  for (const { from, banned } of IMPORT_BANS)
    it(`${from} imports nothing from ${banned.join(' or ')}`, () => {
      const found = files
        .filter((f) => f.startsWith(from))
        .flatMap((f) =>
          importsOf(f, readFileSync(join(ROOT, f), 'utf8'))
            .filter((target) => banned.some((b) => target.startsWith(b)))
            .map((target) => `${f} imports ${target}`),
        );
      expect(found).toEqual([]);
    });
});
