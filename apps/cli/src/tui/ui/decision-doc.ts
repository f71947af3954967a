import {
  crossingText,
  type Decision,
  resolvedText,
  ruleText,
  verdictExtras,
} from '../../format/decision-parts';
import { noRuleText, qualifierLines } from '../../format/qualifiers';
import { type Doc, line, span } from './doc';
import { shownDate, sourcesDoc } from './evidence-doc';
import { toneOf } from './theme';

export type { Decision };

/**
 * A decision as a reader wants it: the verdict, since when and until when, how sure, then `middle`
 * (the crossing's history, when loaded), the rule, then who says so.
 */
export function decisionDoc(d: Decision, middle: Doc = []): Doc {
  const q = d.question;
  const doc: Doc = [line(span(crossingText(q), 'title'), span(`  on ${q.at}`, 'dim'))];
  if (d.resolved) doc.push(line(span(resolvedText(d.resolved), 'dim')));
  const extras = verdictExtras(d);
  doc.push(line(span(d.status.toUpperCase(), toneOf(d.status)), extras ? `  ${extras}` : ''));
  const since = d.since ? `since ${shownDate(d.since.date, d.since.precision)}` : 'since: not recorded';
  const until = d.until
    ? `until ${shownDate(d.until.date, d.until.precision)}, then ${d.until.status}`
    : 'no later change recorded';
  doc.push(line(`${since} · ${until}`));
  for (const parts of qualifierLines(d))
    doc.push(
      line(
        ...parts.map((p) =>
          typeof p === 'string' ? p : 'status' in p ? span(p.text, toneOf(p.status)) : span(p.text, p.tone),
        ),
      ),
    );
  doc.push([]);
  if (middle.length) doc.push(...middle, []);
  if (d.rule)
    doc.push(line(span('rule  ', 'title'), `${ruleText(d.rule)}  `, span(`[${d.rule.event}]`, 'dim')));
  else doc.push(line(span(noRuleText(d), 'dim')));
  for (const b of d.beaten) doc.push(line(span(`beat  ${ruleText(b.rule)}  (${b.reason})`, 'dim')));
  if (d.evidence.length) doc.push([], line(span('Evidence', 'title')));
  for (const e of d.evidence) {
    const marks = e.event.disputed ? '  [disputed]' : '';
    doc.push(
      line(
        '  ',
        `${shownDate(e.event.date, e.event.precision)}  ${e.event.title.en} / ${e.event.title.zh}`,
        span(marks, 'error'),
      ),
    );
    doc.push(...sourcesDoc(e.sources, '    '));
  }
  if (d.rumors.length) doc.push([], line(span('Rumors pending', 'title')));
  for (const r of d.rumors) doc.push(line('  ', `${r.event.date}  ${r.event.title.en}`));
  return doc;
}
