import type { TitleOf } from '../ledger-titles';
import type { Decision } from './decision-parts';

/**
 * Titles from a decision's own evidence and rumors, which hold every event its rule, parts and
 * window cite; an id the decision does not carry stays as it is rather than be guessed.
 */
export function eventTitles(d: Pick<Decision, 'evidence' | 'rumors'>): TitleOf {
  const titles = new Map<string, string>();
  for (const e of [...d.evidence, ...d.rumors]) titles.set(e.event.id, e.event.title.en);
  return (id) => {
    const event = id.split('#')[0]!;
    return titles.get(event) ?? event;
  };
}
