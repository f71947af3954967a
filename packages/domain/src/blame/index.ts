// Blame: which recorded revision changed an answer, and what changed between two recorded instants.
export { answerBriefOf, noteOf, sameBrief } from './answer-brief';
export { answerHistory, type RefoldAt } from './answer-history';
export { ledgerChanges, parentsOf } from './ledger-changes';
