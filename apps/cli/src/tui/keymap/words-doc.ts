import { explain, GLOSSARY, type GlossaryGroup } from '@hutong/domain/plain';
import { type Doc, line, span } from '../../views/doc';
import { DISPUTED_MARK, MARK } from '../timeline/timeline-row';

const WORD_GROUPS: readonly GlossaryGroup[] = ['status', 'basis', 'coverage', 'term'];

/**
 * Below the keys: what the Timeline's marks and the answers' words mean, from the domain's
 * glossary, so the `?` screen explains everything a screen shows.
 */
export function wordsDoc(): Doc {
  const doc: Doc = [line(span('Timeline marks (before a title)', 'title'))];
  const marks: [string, string][] = [
    [MARK.confirmed === ' ' ? '(none)' : MARK.confirmed, explain('confidence', 'confirmed')],
    [MARK.reported, explain('confidence', 'reported')],
    [MARK.rumor, explain('confidence', 'rumor')],
    [DISPUTED_MARK, explain('term', 'disputed')],
  ];
  for (const [mark, text] of marks) doc.push(line('  ', span(mark.padEnd(8), 'accent'), text));
  doc.push([], line(span('Walls marks', 'title')));
  doc.push(
    line('  ', span('b'.padEnd(8), 'accent'), `a lower-case letter: ${explain('basis', 'inherited')}`),
  );
  doc.push(
    line('  ', span('B~'.padEnd(8), 'accent'), `a ~ after it: ${explain('term', 'uncertain-window')}`),
  );
  doc.push([], line(span('Words in answers', 'title')));
  for (const group of WORD_GROUPS)
    for (const id of Object.keys(GLOSSARY[group])) doc.push(line(`  ${explain(group, id as never)}`));
  return doc;
}
