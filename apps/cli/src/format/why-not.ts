import type { RouterOutputs } from '@hutong/client';
import { crossingLabel } from '@hutong/domain/plain';
import type { TitleOf } from '../ledger-titles';
import { ruleText } from '../views/decision-parts';
import type { Style } from './style';

type WhyNot = RouterOutputs['decisions']['whyNot'];

const ROLE: Record<WhyNot['standing'][number]['role'], string> = {
  deciding: 'decides it',
  covering: 'also covers it',
  unsettled: 'in its window',
};

/** What stands in the way, with who says so, then each change that would give the wanted status. */
export function formatWhyNot(w: WhyNot, s: Style, titleOf: TitleOf): string {
  const q = w.question;
  const lines: string[] = [];
  lines.push(
    s.bold(`${q.host} · ${q.surface} · ${q.capability} · ${q.target ?? q.url}`) +
      s.dim(`  on ${q.at}`) +
      `  ${s.status(w.status, w.status.toUpperCase())}, wanted ${s.status(w.want, w.want.toUpperCase())}`,
  );
  if (w.satisfied)
    return [...lines, s.dim('already the status wanted: nothing stands in the way')].join('\n');
  lines.push('', s.bold('in the way'));
  if (!w.standing.length) lines.push(s.dim('  no rule covers it: nothing is recorded either way'));
  for (const st of w.standing) {
    const cause = st.rule.cause ? `, the target's own doing` : '';
    lines.push(`  ${ruleText(st.rule)}  ${s.dim(ROLE[st.role] + cause)}`);
    for (const e of st.evidence) {
      lines.push(`    ${e.event.date}  ${e.event.title.en}`);
      for (const c of e.sources.slice(0, 2))
        lines.push(`${s.dim(`      ${c.record?.publisher ?? c.source}: `)}“${c.quote}”`);
    }
  }
  lines.push(
    '',
    s.bold(w.changes.length ? 'what would change it (each checked through what-if)' : 'no change found'),
  );
  w.changes.forEach((c, i) => {
    const steps = c.steps.map((st) =>
      st.kind === 'lift'
        ? `lift ${ruleText(st.rule)}  [${titleOf(st.rule.event)}]`
        : `add an opening from ${st.date}: ${crossingLabel(st.change)} → ${st.change.status}`,
    );
    lines.push(`  ${i + 1}. ${steps[0]}`, ...steps.slice(1).map((t) => `     and ${t}`));
    lines.push(s.dim(`     gives ${c.result}`));
  });
  return lines.join('\n');
}
