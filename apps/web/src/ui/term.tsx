import { GLOSSARY, type GlossaryGroup } from '@hutong/domain';
import type { ReactNode } from 'react';
import { useLang } from '../i18n/use-lang';

type Entry = { word: Record<string, string>; means: Record<string, string> };

interface Props<G extends GlossaryGroup> {
  group: G;
  id: keyof (typeof GLOSSARY)[G] & string;
  /** What the page shows for the word (its glossary word by default). */
  children?: ReactNode;
  className?: string;
}

const entryOf = (group: GlossaryGroup, id: string) => (GLOSSARY[group] as Record<string, Entry>)[id];

/** The id of a glossary word's explanation, rendered once per page by GlossaryDescriptions. */
export const termDescriptionId = (group: string, id: string) =>
  `glossary-${group}-${id.replace(/[^a-z0-9-]/gi, '_')}`;

/**
 * A glossary word where it appears, carrying its explanation: a tooltip for the pointer and an
 * accessible description (aria-describedby) for a screen reader, both the domain glossary's
 * sentence, so "inherited" or "[disputed]" is never left unexplained.
 */
export function Term<G extends GlossaryGroup>({ group, id, children, className }: Props<G>) {
  const lang = useLang();
  const entry = entryOf(group, id);
  if (!entry) return <>{children ?? id}</>;
  return (
    <span
      className={className ? `term ${className}` : 'term'}
      data-term={`${group}:${id}`}
      title={entry.means[lang] ?? entry.means.en}
      aria-describedby={termDescriptionId(group, id)}
    >
      {children ?? entry.word[lang]}
    </span>
  );
}

/**
 * Every glossary explanation once, hidden, for the terms' aria-describedby: a description may be
 * hidden, and kept apart it stays out of the text of the badges, headings and cells that cite it.
 */
export function GlossaryDescriptions() {
  const lang = useLang();
  return (
    <div hidden>
      {(Object.keys(GLOSSARY) as GlossaryGroup[]).flatMap((group) =>
        Object.entries(GLOSSARY[group] as Record<string, Entry>).map(([id, e]) => (
          <span key={`${group}:${id}`} id={termDescriptionId(group, id)}>
            {e.means[lang] ?? e.means.en}
          </span>
        )),
      )}
    </div>
  );
}
