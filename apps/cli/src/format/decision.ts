import type { RouterOutputs } from '@hutong/client';
import { type Part, qualifierLines } from './qualifiers';
import type { Style } from './style';

type Decision = RouterOutputs['decisions']['decide'];
type Rule = NonNullable<Decision['rule']>;

const ruleText = (r: Rule) =>
  `${r.host} · ${r.surface} · ${r.capability} · ${r.target} → ${r.status}${r.coverage !== 'all' ? ` (${r.coverage})` : ''}  [${r.event}]`;

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
  lines.push(s.bold(`${q.host} · ${q.surface} · ${q.capability} · ${q.target}`) + s.dim(`  on ${q.at}`));
  if (d.resolved)
    lines.push(s.dim(`  ${d.resolved.url} → ${d.resolved.actor} (via ${d.resolved.matchedHost})`));
  const extras = [
    d.friction.length ? `friction: ${d.friction.join(', ')}` : '',
    d.coverage && d.coverage !== 'all' ? `coverage: ${d.coverage}` : '',
  ].filter(Boolean);
  lines.push(`${s.status(d.status, d.status.toUpperCase())}${extras.length ? `  ${extras.join('; ')}` : ''}`);
  const since = d.since
    ? `since ${d.since.date}${d.since.precision !== 'day' ? ` (${d.since.precision})` : ''}`
    : 'since: not recorded';
  const until = d.until ? `until ${d.until.date}, then ${d.until.status}` : 'no later change recorded';
  lines.push(`${since} · ${until}`);
  for (const parts of qualifierLines(d)) lines.push(styledLine(parts, s));
  if (d.rule) lines.push('', `${s.bold('rule')}   ${ruleText(d.rule)}`);
  else lines.push('', s.dim('nothing in the ledger covers this question'));
  for (const b of d.beaten) lines.push(s.dim(`beat   ${ruleText(b.rule)}  (${b.reason})`));
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
