import type { Question } from '../../schema';
import type { LedgerIndex } from '../fold/fold';
import { type BriefAnswer, stepAt, timelineOf } from './answer-timeline';
import { briefOf } from './brief';
import { dayOf } from './decide';
import { resolveUrl } from './resolve-url';

/**
 * `briefOf(decide(index, q, COUNTING))` without building the decision: a brief names no date, so it
 * is the same for every question on a timeline step, and the step keeps it (frozen: every caller
 * shares it) with its JSON text. decideMany's default answers cost a binary search, and its writer
 * copies the text instead of serialising each answer again.
 */
export function decideBrief(index: LedgerIndex, q: Question): BriefAnswer {
  const day = dayOf(q);
  // As decide: a link no actor claims is governed only by rules written for everyone.
  const target = q.target ?? resolveUrl(index, q.url ?? '')?.actor ?? '*';
  const timeline = timelineOf(index, q.host, q.surface, q.capability, target, false);
  const step = timeline.steps[stepAt(timeline.starts, day)]!;
  if (step.brief === null) {
    const decision = Object.freeze(briefOf(step.answer));
    step.brief = Object.freeze({ decision, json: JSON.stringify(decision) });
  }
  return step.brief;
}
