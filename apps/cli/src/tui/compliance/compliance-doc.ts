import type { RouterOutputs } from '@hutong/client';
import { type Doc, line, span } from '../ui/doc';

type Finding = RouterOutputs['analysis']['compliance'][number];
type Regulation = RouterOutputs['regulations']['list'][number];

/** The crossings each regulation forbids that are still in place on `at`, past its deadline. */
export function complianceDoc(
  at: string,
  findings: readonly Finding[],
  regulations: readonly Regulation[],
): Doc {
  const due = regulations.filter((r) => r.deadline <= at && r.from <= at && (!r.until || at <= r.until));
  if (findings.length === 0)
    return [
      line(`No recorded crossing is in breach on ${at}.`),
      line(
        span(
          due.length
            ? `Past their deadline: ${due.map((r) => r.id).join(', ')}`
            : 'No regulation is past its deadline on this date.',
          'dim',
        ),
      ),
    ];
  const doc: Doc = [
    line(span(`${findings.length} crossing${findings.length === 1 ? '' : 's'} in breach on ${at}`, 'title')),
  ];
  for (const reg of regulations) {
    const mine = findings.filter((f) => f.regulation === reg.id);
    if (mine.length === 0) continue;
    doc.push([], line(span(`${reg.title.en} / ${reg.title.zh}`, 'title')));
    doc.push(
      line(
        span(
          `  ${reg.id} · ${reg.issuer} · deadline ${reg.deadline} · forbids ${reg.forbids.join(', ')}`,
          'dim',
        ),
      ),
    );
    for (const f of mine)
      doc.push(
        line(
          `  ${f.host} · ${f.surface} · ${f.capability} · ${f.target}  `,
          span(f.status.toUpperCase(), f.status),
          span(
            `  since ${f.breachSince} (${f.daysInBreach} days)${f.breachUntil ? ` · until ${f.breachUntil}` : ' · still standing'}  [${f.rule.event}]`,
            'dim',
          ),
        ),
      );
  }
  return doc;
}
