import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, GLOSSARY, glossaryMarkdown, legend } from '.';

describe('glossary', () => {
  it('has one word and an explanation in both languages for every entry, no word used twice in a group', () => {
    for (const group of Object.values(GLOSSARY)) {
      const words = Object.values(group).map((e) => e.word.en);
      expect(new Set(words).size).toBe(words.length);
      for (const e of Object.values(group))
        for (const text of [e.word.en, e.word.zh, e.means.en, e.means.zh])
          expect(text.length).toBeGreaterThan(0);
    }
  });

  it('explains a word in one line, and a legend lists each word once in glossary order', () => {
    expect(explain('basis', 'inherited')).toMatch(/^inherited — from a broader rule/);
    expect(explain('status', 'mixed', 'zh')).toMatch(/^不一 — /);
    expect(
      legend([
        ['basis', 'inherited'],
        ['status', 'open'],
        ['basis', 'inherited'],
      ]),
    ).toEqual([explain('status', 'open'), explain('basis', 'inherited')]);
  });

  it('docs/glossary.md is the glossary as generated (run `pnpm glossary`)', () => {
    const file = readFileSync(new URL('../../../../docs/glossary.md', import.meta.url), 'utf8');
    expect(file).toBe(glossaryMarkdown());
  });
});
