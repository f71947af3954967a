import { DomainError } from '../../errors';
import type { CrossingKey } from '../../schema';
import { type Decision, dayNumber, type Question } from '../../schema';
import type { LedgerIndex } from '../fold/fold';
import { answerAt, stepAt, timelineOf } from './answer-timeline';
import { nearbyAnswers, relatedTo } from './nearby';
import { type ResolvedUrl, resolveUrl } from './resolve-url';

/**
 * What happens when a user on `host` meets `target`'s capability on `surface`, on `at`, under
 * hutong-decide/4 (docs/method-decide.md): the latest covering rule wins, specificity breaks
 * same-day ties, an unsettled change keeps the status before it, a rumor changes nothing, nothing
 * recorded is `unknown`.
 */
export function decide(index: LedgerIndex, q: Question, options: DecideOptions = FULL): Decision {
  const day = dayOf(q);
  let resolved: ResolvedUrl | null = null;
  let target = q.target;
  if (target === undefined) {
    resolved = resolveUrl(index, q.url ?? '');
    // A link no actor claims is governed only by rules written for everyone.
    target = resolved?.actor ?? '*';
  }
  const timeline = timelineOf(index, q.host, q.surface, q.capability, target, options.ownSurface ?? false);
  const question = { host: q.host, surface: q.surface, capability: q.capability, target, at: q.at };
  const decision = answerAt(timeline.steps[stepAt(timeline.starts, day)]!, question as Decision['question']);
  if (resolved) decision.resolved = resolved;
  if (decision.status === 'unknown' && options.nearby) {
    timeline.related ??= relatedTo(index, question as CrossingKey);
    if (timeline.related.length) {
      const nearby = nearbyAnswers(index, question as CrossingKey, day, timeline.related);
      if (nearby.length) decision.nearby = nearby;
    }
  }
  return decision;
}

/** The question's date as a day number, or the 400 naming `at`. */
export function dayOf(q: Pick<Question, 'at'>): number {
  const day = dayNumber(q.at);
  if (day === null) throw new DomainError('invalid', `"${q.at}" is not a real date`, 'at');
  return day;
}

export interface DecideOptions {
  /** List the nearest recorded crossings on an unknown answer (views that only count skip it). */
  nearby: boolean;
  /**
   * Answer a `*` question for the surfaces no rule names alone, without rolling up the named
   * surfaces (views list those as crossings of their own).
   */
  ownSurface?: boolean;
}
const FULL: DecideOptions = { nearby: true };
/** For views that read many answers and only count them: the same answer, without `nearby`. */
export const COUNTING: DecideOptions = { nearby: false };
/**
 * For views over recorded crossings (diff, compliance, as-of, openness): each crossing is one part,
 * so a `*` crossing stands for the surfaces no rule names (method-decide §8).
 */
export const PART: DecideOptions = { nearby: false, ownSurface: true };
