import { applyRevisions, decide, type LedgerIndex } from '../engine';
import { type AnswerChange, type AnswerHistory, ledgerField, type Question, type Revision } from '../schema';
import { answerBriefOf, noteOf, sameBrief } from './answer-brief';

/** The ledger at one revision, when only the store can say (see `applyRevisions`). */
export type RefoldAt = (revision: number) => Promise<LedgerIndex>;

/**
 * The revisions that changed `question`'s answer, as recorded: from the ledger `start`, each
 * revision of `revisions` (in log order) is applied and the question decided again; a revision that
 * changes the answer's status, basis or deciding event is listed with its before and after.
 */
export async function answerHistory(
  start: LedgerIndex,
  revisions: readonly Revision[],
  question: Question & { target: string },
  refold: RefoldAt,
): Promise<AnswerHistory> {
  const q = {
    host: question.host,
    surface: question.surface,
    capability: question.capability,
    target: question.target,
    at: question.at,
  };
  let index = start;
  let before = answerBriefOf(decide(index, q));
  const changes: AnswerChange[] = [];
  for (const rev of revisions) {
    const previous = (index.ledger[ledgerField[rev.entity]] as readonly { id: string }[]).find(
      (x) => x.id === rev.id,
    );
    index = applyRevisions(index, [rev]) ?? (await refold(rev.revision));
    const after = answerBriefOf(decide(index, q));
    if (!sameBrief(before, after)) changes.push({ ...noteOf(rev, previous ?? null), before, after });
    before = after;
  }
  return { question: q, walked: revisions.length, changes };
}
