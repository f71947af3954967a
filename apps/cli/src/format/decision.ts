import { crossingText, type Decision, resolvedText, ruleText, verdictExtras } from './decision-parts';
import { noRuleText, type Part, qualifierLines } from './qualifiers';
import type { Style } from './style';

/** Renders qualifier parts with ANSI styling. */
export const styledLine = (parts: Part[], s: Style) =>
  parts
    .map((p) =>
      typeof p === 'string'
        ? p
        : 'status' in p
          ? s.status(p.status, p.text)
          : p.tone === 'title'
            ? s.bold(p.text)
            : s.dim(p.text),
    )
    .join('');

/** A decision as a reader wants it: the verdict first, then why, then who says so. */
export function formatDecision(d: Decision, s: Style): string {
  const q = d.question;
  const lines: string[] = [];
  lines.push(s.bold(crossingText(q)) + s.dim(`  on ${q.at}`));
  if (d.resolved) lines.push(s.dim(`  ${resolvedText(d.resolved)}`));
  const extras = verdictExtras(d);
  lines.push(`${s.status(d.status, d.status.toUpperCase())}${extras ? `  ${extras}` : ''}`);
  const since = d.since
    ? `since ${d.since.date}${d.since.precision !== 'day' ? ` (${d.since.precision})` : ''}`
    : 'since: not recorded';
  const until = d.until ? `until ${d.until.date}, then ${d.until.status}` : 'no later change recorded';
  lines.push(`${since} · ${until}`);
  for (const parts of qualifierLines(d)) lines.push(styledLine(parts, s));
  if (d.rule) lines.push('', `${s.bold('rule')}   ${ruleText(d.rule)}  [${d.rule.event}]`);
  else lines.push('', s.dim(noRuleText(d)));
  for (const b of d.beaten) lines.push(s.dim(`beat   ${ruleText(b.rule)}  [${b.rule.event}]  (${b.reason})`));
  if (d.evidence.length) lines.push('', s.bold('evidence'));
  for (const e of d.evidence) {
    lines.push(
      `  ${e.event.date}  ${e.event.title.en} / ${e.event.title.zh}${e.event.disputed ? s.dim('  [disputed]') : ''}`,
    );
    for (const c of e.sources)
      lines.push(
        s.dim(`    ${c.record?.publisher ?? c.source}${c.record ? `, ${c.record.date}` : ''}: `) +
          `“${c.quote}”`,
      );
  }
  if (d.rumors.length) lines.push('', s.bold('rumors pending'));
  for (const r of d.rumors) lines.push(`  ${r.event.date}  ${r.event.title.en}`);
  return lines.join('\n');
}
