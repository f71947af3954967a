import type { RouterOutputs } from '@hutong/client';
import { ongoingBreach } from '@hutong/domain';
import { crossingLabel } from '@hutong/domain/plain';
import type { TitleOf } from '../ledger-titles';
import { type Doc, line, span } from './doc';
import { inheritedText } from './qualifiers';

type Finding = RouterOutputs['analysis']['compliance'][number];
type Regulation = RouterOutputs['regulations']['list'][number];

/**
 * Where a date stands for the regulations compliance checks (those with a scope): in force and past
 * the deadline, ended, or not yet due. A rule it does not check is never called past its deadline.
 */
function standing(at: string, regulations: readonly Regulation[]): string {
  const checked = regulations.filter((r) => r.scope);
  const due = checked.filter((r) => r.deadline <= at && r.from <= at && (!r.until || at <= r.until));
  if (due.length) return `Past their deadline and in force: ${due.map((r) => r.title.en).join('; ')}`;
  const ended = checked.filter((r) => r.until && r.until < at);
  if (ended.length)
    return `No regulation checked here is in force: ${ended
      .map((r) => `${r.title.en} ran until ${r.until} (deadline ${r.deadline})`)
      .join('; ')}`;
  return 'No deadline of a regulation checked here has passed on this date.';
}

/** The crossings each regulation forbids that are still in place on `at`, past its deadline. */
export function complianceDoc(
  at: string,
  findings: readonly Finding[],
  regulations: readonly Regulation[],
  titleOf: TitleOf,
): Doc {
  const confirmed = findings.filter((f) => f.daysInBreach !== null);
  const unconfirmed = findings.filter((f) => f.daysInBreach === null);
  if (confirmed.length === 0 && unconfirmed.length === 0)
    return [
      line(`No recorded crossing is in breach on ${at}.`),
      line(span(standing(at, regulations), 'dim')),
    ];
  const doc: Doc = [
    line(
      span(`${confirmed.length} crossing${confirmed.length === 1 ? '' : 's'} in breach on ${at}`, 'title'),
    ),
  ];
  for (const reg of regulations) {
    const mine = confirmed.filter((f) => f.regulation === reg.id);
    if (mine.length === 0) continue;
    doc.push([], line(span(`${reg.title.en} / ${reg.title.zh}`, 'title')));
    doc.push(
      line(
        span(
          `  ${reg.issuer} · deadline ${reg.deadline} · forbids ${reg.forbids.join(', ') || 'nothing hutong checks'}`,
          'dim',
        ),
      ),
    );
    for (const f of mine)
      doc.push(
        line(
          `  ${crossingLabel(f)}  `,
          span(f.status.toUpperCase(), f.status),
          span(
            `  ${f.basis} · since ${f.breachSince} (${f.daysInBreach} days)${f.breachUntil ? ` · until ${f.breachUntil}` : ` · ${ongoingBreach.en}`}  [${titleOf(f.rule.event)}]`,
            'dim',
          ),
        ),
      );
  }
  if (unconfirmed.length) {
    doc.push(
      [],
      line(span(`${unconfirmed.length} unconfirmed`, 'title')),
      line(
        span('  inherited from a company-wide or every-surface rule: no days in breach are counted', 'dim'),
      ),
    );
    for (const f of unconfirmed)
      doc.push(
        line(
          `  ${crossingLabel(f)}  `,
          span(f.status.toUpperCase(), f.status),
          span(`  inherited${inheritedText(f.inheritedFrom)}  [${titleOf(f.rule.event)}]`, 'dim'),
        ),
      );
  }
  for (const reg of regulations)
    if (!reg.scope && reg.unchecked)
      doc.push([], line(span(`Not checked: ${reg.title.en} — ${reg.unchecked.en}`, 'dim')));
  return doc;
}
