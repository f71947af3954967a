import type { CrossingKey, Decision } from '../schema';
import { answerOn } from './answer-on';
import type { LedgerIndex } from './fold';
import { broadParts } from './roll-up';
import { rolledDates } from './rolled-timeline';

/**
 * `decide` for a crossing whose target is known, on a day number (`at` is only echoed). A broad
 * answer (a company, or `*` with named surfaces) takes `since` and `until` from its rolled-up
 * timeline, so they date the rolled status, as its history does.
 */
export function decideCrossing(
  index: LedgerIndex,
  key: CrossingKey,
  day: number,
  at: string,
  ownSurface = false,
): Decision {
  const parts = broadParts(index, key, ownSurface);
  const decision = answerOn(index, key, parts, day, at);
  if (parts) Object.assign(decision, rolledDates(index, key, parts, ownSurface, day));
  return decision;
}
