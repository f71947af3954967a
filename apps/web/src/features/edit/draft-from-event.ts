import type { Event } from '@hutong/domain';
import type { Draft } from './edit-draft';

/**
 * The form filled with a stored event, as an amendment based on `revision`: what a conflict offers
 * to reload, so the editor redoes their change on top of the current version instead of over it.
 */
export function draftFromEvent(event: Event, revision: number, keep: Record<string, string> = {}): Draft {
  const fields: Record<string, string> = {
    id: event.id,
    date: event.date,
    precision: event.precision,
    kind: event.kind,
    confidence: event.confidence,
    'title.zh': event.title.zh,
    'title.en': event.title.en,
    'summary.zh': event.summary.zh,
    'summary.en': event.summary.en,
    'disputed.zh': event.disputed?.zh ?? '',
    'disputed.en': event.disputed?.en ?? '',
    actors: event.actors.join(', '),
    // Who is editing, and why, stay the editor's own.
    author: keep.author ?? '',
    reason: keep.reason ?? '',
  };
  event.changes.forEach((c, i) => {
    Object.assign(fields, {
      [`changes.${i}.host`]: c.host,
      [`changes.${i}.surface`]: c.surface,
      [`changes.${i}.capability`]: c.capability,
      [`changes.${i}.target`]: c.target,
      [`changes.${i}.status`]: c.status,
      [`changes.${i}.coverage`]: c.coverage,
      [`changes.${i}.friction`]: c.friction.join(', '),
    });
  });
  event.sources.forEach((s, i) => {
    fields[`sources.${i}.source`] = s.source;
    fields[`sources.${i}.quote`] = s.quote;
  });
  return {
    fields,
    changes: event.changes.length,
    sources: Math.max(event.sources.length, 1),
    base: { revision, event },
  };
}
