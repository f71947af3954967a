import { type GlossaryGroup, legend } from '@hutong/domain/plain';
import type { Decision } from './decision-parts';

/** The glossary's lines for the words a decision's text shows, so none is left unexplained. */
export function decisionLegend(d: Decision): string[] {
  const words: [GlossaryGroup, string][] = [
    ['status', d.status],
    ['basis', d.basis],
  ];
  if (d.coverage && d.coverage !== 'all') words.push(['coverage', d.coverage]);
  if (d.uncertain)
    words.push(['term', 'uncertain-window'], ['status', d.uncertain.before], ['status', d.uncertain.after]);
  if (d.rest) words.push(['status', d.rest.status]);
  for (const p of d.byPlatform ?? []) words.push(['status', p.status], ['basis', p.basis]);
  for (const n of d.nearby ?? []) words.push(['status', n.status], ['relation', n.relation]);
  for (const b of d.beaten) words.push(['beaten', b.reason]);
  if (d.evidence.some((e) => e.event.disputed)) words.push(['term', 'disputed']);
  if (d.evidence.some((e) => e.event.precision !== 'day')) words.push(['term', 'estimated-date']);
  if (d.question.surface === '*' || d.question.target === '*') words.push(['term', 'every-surface']);
  return legend(words);
}
