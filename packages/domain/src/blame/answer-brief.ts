import type { AnswerBrief, Decision, Revision, RevisionNote } from '../schema';

/** What an answer history compares of a decision. */
export const answerBriefOf = (d: Pick<Decision, 'status' | 'basis' | 'rule'>): AnswerBrief => ({
  status: d.status,
  basis: d.basis,
  event: d.rule?.event ?? null,
});

export const sameBrief = (a: AnswerBrief, b: AnswerBrief) =>
  a.status === b.status && a.basis === b.basis && a.event === b.event;

/**
 * A revision as blame shows it. The sources are the edited entity's citations after the edit, or
 * before it for a retraction (`previous`); a source cites itself.
 */
export function noteOf(rev: Revision, previous: unknown = null): RevisionNote {
  return {
    revision: rev.revision,
    recordedAt: rev.recordedAt,
    author: rev.author,
    reason: rev.reason,
    entity: rev.entity,
    id: rev.id,
    action: rev.action,
    sources: rev.entity === 'source' ? [rev.id] : citedBy(rev.body ?? previous),
  };
}

/** The sources an event, regulation or figure body cites (an actor cites none). */
function citedBy(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const b = body as { sources?: readonly { source: string }[]; source?: { source: string } };
  return [...new Set([...(b.sources ?? []).map((c) => c.source), ...(b.source ? [b.source.source] : [])])];
}
