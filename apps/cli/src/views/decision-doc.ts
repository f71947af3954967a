import { windowIsPeriod } from '@hutong/domain';
import { GLOSSARY } from '@hutong/domain/plain';
import { decisionLegend } from './decision-legend';
import { crossingText, type Decision, resolvedText, ruleText, verdictExtras } from './decision-parts';
import { type Doc, line, span } from './doc';
import { eventTitles } from './event-titles';
import { shownDate, sourcesDoc } from './evidence-doc';
import { noRuleText, qualifierLines } from './qualifiers';
import { toneOf } from './tone';

export type { Decision };

export interface DecisionDocOptions {
  /** The crossing's history, when loaded: shown between the verdict and the rule. */
  middle?: Doc;
  /** `compact`: each source on one line (publisher, date: quote), as the scriptable `decide` prints it. */
  sources?: 'compact' | 'full';
  /** The URL the question was asked with, so one that matches no platform says so. */
  url?: string;
}

/**
 * A decision as a reader wants it: the verdict, since when and until when, how sure, then the
 * history (when given), the rule, then who says so. The one rendering of a decision: the terminal
 * UI shows it, `hutong decide` prints it as text.
 */
export function decisionDoc(
  d: Decision,
  { middle = [], sources = 'full', url }: DecisionDocOptions = {},
): Doc {
  const q = d.question;
  const titleOf = eventTitles(d);
  const doc: Doc = [line(span(crossingText(q), 'title'), span(`  on ${q.at}`, 'dim'))];
  if (d.resolved) doc.push(line(span(resolvedText(d.resolved), 'dim')));
  else if (url) doc.push(line(span(`${url} → no platform (answered for every target, *)`, 'dim')));
  const extras = verdictExtras(d);
  doc.push(line(span(d.status.toUpperCase(), toneOf(d.status)), extras ? `  ${extras}` : ''));
  const fresh = freshnessText(d);
  doc.push(
    line(
      `${sinceText(d.since)} · ${untilText(d.until)}`,
      fresh ? span(` · ${fresh}`, d.stale ? 'accent' : 'dim') : '',
    ),
  );
  if (d.rule?.estimated || d.uncertain?.rule.estimated)
    doc.push(line(span('date estimated by the ledger, not stated by a source', 'accent')));
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
    doc.push(
      line(span('rule', 'title'), `   ${ruleText(d.rule)}  `, span(`[${titleOf(d.rule.event)}]`, 'dim')),
    );
  else doc.push(line(span(noRuleText(d), 'dim')));
  for (const b of d.beaten)
    doc.push(
      line(
        span(
          `lost   ${ruleText(b.rule)}  [${titleOf(b.rule.event)}]  (${GLOSSARY.beaten[b.reason].word.en})`,
          'dim',
        ),
      ),
    );
  if (d.evidence.length) doc.push([], line(span('evidence', 'title')));
  const full = sources === 'full';
  for (const e of d.evidence) {
    // The explorer shows a date as precisely as the ledger knows it; the printed text keeps the full date.
    const date = full ? shownDate(e.event.date, e.event.precision) : e.event.date;
    doc.push(
      line(
        `  ${date}  ${e.event.title.en} / ${e.event.title.zh}`,
        e.event.disputed ? span('  [disputed]', full ? 'error' : 'dim') : '',
      ),
    );
    if (full) doc.push(...sourcesDoc(e.sources, '    '));
    else
      for (const c of e.sources)
        doc.push(
          line(
            span(`    ${c.record?.publisher ?? c.source}${c.record ? `, ${c.record.date}` : ''}: `, 'dim'),
            `“${c.quote}”`,
          ),
        );
  }
  if (d.rumors.length) doc.push([], line(span('rumors pending', 'title')));
  for (const r of d.rumors) doc.push(line(`  ${r.event.date}  ${r.event.title.en}`));
  doc.push([], line(span('words', 'title')), ...decisionLegend(d).map((l) => line(span(`  ${l}`, 'dim'))));
  return doc;
}

/** `since`, naming the window when the change can have happened on any day of one. */
export function sinceText(since: Decision['since']): string {
  if (!since) return 'since: not recorded';
  if (since.window && !windowIsPeriod(since))
    return `since some day between ${since.window.from} and ${since.window.to}`;
  return `since ${shownMark(since)}`;
}

/** `until`: always after the date asked; inside a change's window it names the window. */
export function untilText(until: Decision['until']): string {
  if (!until) return 'no later change recorded';
  if (until.window && !windowIsPeriod(until))
    return `changes to ${until.status} some day between ${until.window.from} and ${until.window.to}`;
  return `until ${shownMark(until)}, then ${until.status}`;
}

/** "last confirmed …": the newest evidence for the status, and whether the date asked is far past it. */
export function freshnessText(d: Pick<Decision, 'lastEvidence' | 'stale'>): string | null {
  if (!d.lastEvidence) return null;
  return `last confirmed ${d.lastEvidence}${d.stale ? ' — more than a year before the date asked: is it still so?' : ''}`;
}

/** A date as precisely as its source gives it: "2013-11 (month)", "2014 (year)", or the day. */
const shownMark = (m: NonNullable<Decision['since']>) =>
  m.precision === 'month'
    ? `${m.date.slice(0, 7)} (month)`
    : m.precision === 'year'
      ? `${m.date.slice(0, 4)} (year)`
      : m.date;
