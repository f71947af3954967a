import { GLOSSARY, type GlossaryEntry, type GlossaryGroup } from './entries';

export type GlossaryLanguage = 'en' | 'zh';

/** The entry for a word of a group, e.g. `glossaryEntry('basis', 'inherited')`. */
export function glossaryEntry<G extends GlossaryGroup>(
  group: G,
  id: keyof (typeof GLOSSARY)[G],
): GlossaryEntry {
  return GLOSSARY[group][id] as GlossaryEntry;
}

/** "inherited — from a broader rule: …": the line a legend or a help screen shows for one word. */
export function explain<G extends GlossaryGroup>(
  group: G,
  id: keyof (typeof GLOSSARY)[G],
  lang: GlossaryLanguage = 'en',
): string {
  const e = glossaryEntry(group, id);
  return `${e.word[lang]} — ${e.means[lang]}`;
}

/** Each word of a group with its explanation, as a table keyed by the group's ids (a UI's labels). */
export function explained<G extends GlossaryGroup>(
  group: G,
  lang: GlossaryLanguage,
): Record<keyof (typeof GLOSSARY)[G], string> {
  const ids = Object.keys(GLOSSARY[group]) as (keyof (typeof GLOSSARY)[G])[];
  return Object.fromEntries(ids.map((id) => [id, explain(group, id, lang)])) as Record<
    keyof (typeof GLOSSARY)[G],
    string
  >;
}

/** What each word of a group means, keyed by the group's ids (a tooltip's text). */
export function meanings<G extends GlossaryGroup>(
  group: G,
  lang: GlossaryLanguage,
): Record<keyof (typeof GLOSSARY)[G], string> {
  const ids = Object.keys(GLOSSARY[group]) as (keyof (typeof GLOSSARY)[G])[];
  return Object.fromEntries(ids.map((id) => [id, glossaryEntry(group, id).means[lang]])) as Record<
    keyof (typeof GLOSSARY)[G],
    string
  >;
}

/** A legend for the words that appear in some text: one `explain` line per word, in glossary order. */
export function legend(
  words: ReadonlyArray<readonly [GlossaryGroup, string]>,
  lang: GlossaryLanguage = 'en',
): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const group of Object.keys(GLOSSARY) as GlossaryGroup[])
    for (const id of Object.keys(GLOSSARY[group]))
      if (words.some(([g, w]) => g === group && w === id) && !seen.has(`${group}:${id}`)) {
        seen.add(`${group}:${id}`);
        lines.push(explain(group, id as never, lang));
      }
  return lines;
}
