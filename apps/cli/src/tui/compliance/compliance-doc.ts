import { ongoingBreach } from '@hutong/domain/plain';
import type { TitleOf } from '../../ledger-titles';
import { complianceView, type Findings, type Regulations } from '../../views/compliance-view';
import { type Doc, line, span } from '../../views/doc';

/** The crossings each regulation forbids that are still in place on `at`, past its deadline, listed by regulation. */
export function complianceDoc(
  at: string,
  findings: Findings,
  regulations: Regulations,
  titleOf: TitleOf,
): Doc {
  const v = complianceView(at, findings, titleOf, regulations);
  if (v.breaches.length === 0 && v.unconfirmed.length === 0)
    return [line(`No recorded crossing is in breach on ${at}.`), line(span(v.standing, 'dim'))];
  const n = v.breaches.length;
  const doc: Doc = [line(span(`${n} crossing${n === 1 ? '' : 's'} in breach on ${at}`, 'title'))];
  for (const { regulation: reg, breaches } of v.byRegulation) {
    doc.push([], line(span(`${reg.title.en} / ${reg.title.zh}`, 'title')));
    doc.push(
      line(
        span(
          `  ${reg.issuer} · deadline ${reg.deadline} · forbids ${reg.forbids.join(', ') || 'nothing hutong checks'}`,
          'dim',
        ),
      ),
    );
    for (const b of breaches)
      doc.push(
        line(
          `  ${b.label}  `,
          span(b.status.toUpperCase(), b.status),
          span(
            `  ${b.basis} · since ${b.since} (${b.days} days)${b.until ? ` · until ${b.until}` : ` · ${ongoingBreach.en}`}  [${b.event}]`,
            'dim',
          ),
        ),
      );
  }
  if (v.unconfirmed.length) {
    doc.push(
      [],
      line(span(`${v.unconfirmed.length} unconfirmed`, 'title')),
      line(
        span('  inherited from a company-wide or every-surface rule: no days in breach are counted', 'dim'),
      ),
    );
    for (const u of v.unconfirmed)
      doc.push(
        line(
          `  ${u.label}  `,
          span(u.status.toUpperCase(), u.status),
          span(`  inherited${u.from ? ` from ${u.from}` : ''}  [${u.event}]`, 'dim'),
        ),
      );
  }
  for (const note of v.unchecked) doc.push([], line(span(`Not checked: ${note}`, 'dim')));
  return doc;
}
