import type { RouterOutputs } from '@hutong/client';
import { Capability, Surface } from '@hutong/domain';

type Actor = RouterOutputs['actors']['list'][number];

export interface Choice {
  id: string;
  /** Other words that find it: names, aliases. */
  words: string;
}

export const actorChoices = (actors: readonly Actor[]): Choice[] =>
  actors.map((a) => ({ id: a.id, words: [a.name.en, a.name.zh, ...a.aliases].join(' ').toLowerCase() }));

export const SURFACE_CHOICES: Choice[] = Surface.options.map((id) => ({ id, words: '' }));
export const CAPABILITY_CHOICES: Choice[] = Capability.options.map((id) => ({ id, words: '' }));

/** A pasted link rather than an actor id. */
export const looksLikeUrl = (value: string): boolean => /[./:]/.test(value);

/** Ids for what has been typed: ids that start with it, then ids containing it, then ids whose names do. */
export function complete(value: string, choices: readonly Choice[], max = 6): string[] {
  const v = value.trim().toLowerCase();
  if (v === '') return choices.slice(0, max).map((c) => c.id);
  const starts = choices.filter((c) => c.id.startsWith(v));
  const contains = choices.filter((c) => !c.id.startsWith(v) && c.id.includes(v));
  const named = choices.filter((c) => !c.id.includes(v) && c.words.includes(v));
  return [...starts, ...contains, ...named].slice(0, max).map((c) => c.id);
}
