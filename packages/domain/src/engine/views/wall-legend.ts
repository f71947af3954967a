import { GLOSSARY, type GlossaryEntry, glossaryEntry } from '../../glossary';

/** A mark a wall cell can carry besides its status: an actor facing its own camp, or how sure its answer is. */
export type WallMark = 'self' | 'inherited' | 'inferred' | 'uncertain';

/** One line of a wall map's legend: a status or a mark, with the glossary's word for it (`self` has none). */
export type WallLegendEntry =
  | { kind: 'status'; id: Exclude<keyof typeof GLOSSARY.status, 'mixed'>; term: GlossaryEntry }
  | { kind: 'mark'; id: WallMark; term: GlossaryEntry | null };

/**
 * What a wall map's legend explains, in order: every status a cell can have (a cell is one part, so
 * never `mixed`), then the marks. The web and the terminal UI each draw these entries their own way
 * (colour, glyph, letter); a renderer that cannot draw a mark leaves it out.
 */
export const WALL_LEGEND: readonly WallLegendEntry[] = [
  ...(Object.keys(GLOSSARY.status) as (keyof typeof GLOSSARY.status)[])
    .filter((id) => id !== 'mixed')
    .map((id) => ({
      kind: 'status' as const,
      id: id as Exclude<typeof id, 'mixed'>,
      term: glossaryEntry('status', id),
    })),
  { kind: 'mark', id: 'self', term: null },
  { kind: 'mark', id: 'inherited', term: glossaryEntry('basis', 'inherited') },
  { kind: 'mark', id: 'inferred', term: glossaryEntry('basis', 'inferred') },
  { kind: 'mark', id: 'uncertain', term: glossaryEntry('term', 'uncertain-window') },
];
