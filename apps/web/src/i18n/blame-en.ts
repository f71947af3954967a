/** The answer history's words (Ask): which recorded revision changed this answer. */
export const blameEn = {
  title: 'Answer history: which revisions changed this answer',
  intro:
    'Each edit of the ledger that changed this answer, as it was recorded: who made it, when, why, what was edited and the sources it cites, and the answer before and after.',
  none: 'No revision changed this answer.',
  walked: '{{changed}} of {{walked}} revisions changed the answer.',
  revision: 'Revision',
  recorded: 'Recorded',
  author: 'Author',
  edit: 'Edit',
  reason: 'Reason',
  sources: 'Sources',
  change: 'Before → after',
};
