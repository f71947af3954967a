import type { RouterOutputs } from '@hutong/client';
import { crossingLabel } from '@hutong/domain/plain';
import type { TitleOf } from '../ledger-titles';
import { percent } from './percent';
import type { Style } from './style';
import { table } from './table';

type WhatIf = RouterOutputs['analysis']['whatIf'];
type Side = WhatIf['crossings'][number]['spans'][number]['baseline'];
type Finding = NonNullable<WhatIf['compliance']>['gained'][number];

const answer = (a: Side, s: Style, titleOf: TitleOf) => [
  s.status(a.status, a.status.toUpperCase()),
  a.basis,
  a.rule ? titleOf(a.rule.event) : s.dim('no rule covers it'),
];

/** Baseline beside counterfactual, crossing by crossing, for a reader who has not seen the ledger. */
export function formatWhatIf(w: WhatIf, s: Style, titleOf: TitleOf): string {
  const lines: string[] = [];
  const when = w.at ? `on ${w.at}` : `from ${w.from} to ${w.to}`;
  const what = [
    w.without.length ? `without ${w.without.map(titleOf).join('; ')}` : '',
    w.with.length ? `with ${w.with.map(titleOf).join('; ')}` : '',
  ].filter(Boolean);
  lines.push(s.bold(`What if: ${what.join('; ')}`) + s.dim(`  ${when}`));
  for (const r of w.regulationsDropped)
    lines.push(
      s.dim(`  regulation ${titleOf(r)} is left out with the event that issued it: nobody is held to it`),
    );
  if (w.answering.length)
    lines.push(
      s.dim(
        `  kept: ${w.answering.length} events answer to it, but the ledger does not say they hung on it (add them to --without to leave them out too):`,
      ),
      ...w.answering.map((id) => s.dim(`    ${titleOf(id)}`)),
    );
  lines.push('');
  lines.push(
    s.bold(
      w.crossings.length
        ? `${w.crossings.length} crossing${w.crossings.length === 1 ? '' : 's'} would differ`
        : 'no crossing would differ',
    ),
  );
  for (const c of w.crossings) {
    lines.push('', `${crossingLabel(c)}`);
    for (const span of c.spans) {
      const days = span.from === span.to ? span.from : `${span.from} … ${span.to}`;
      if (c.spans.length > 1 || w.at === undefined) lines.push(s.dim(`  ${days}`));
      lines.push(
        table([
          ['  ledger', ...answer(span.baseline, s, titleOf)],
          ['  what if', ...answer(span.counterfactual, s, titleOf)],
        ]),
      );
    }
  }
  if (w.compliance) {
    const { at, baseline, counterfactual, gained, lost } = w.compliance;
    const breaches = (fs: Finding[]) => fs.filter((f) => f.daysInBreach !== null).length;
    lines.push(
      '',
      s.bold(`compliance on ${at}`) +
        `: ${breaches(baseline)} breaches → ${breaches(counterfactual)}` +
        s.dim(` (${lost.length} findings lost, ${gained.length} gained)`),
    );
    const row = (sign: string, f: Finding) => [
      `  ${sign}`,
      titleOf(f.regulation),
      `${crossingLabel(f)}`,
      s.status(f.status),
      f.daysInBreach === null ? s.dim('unconfirmed') : `${f.daysInBreach} days`,
    ];
    if (lost.length || gained.length)
      lines.push(table([...lost.map((f) => row('−', f)), ...gained.map((f) => row('+', f))]));
  }
  if (w.openness) {
    const { baseline, counterfactual, deltas } = w.openness;
    const last = deltas.at(-1);
    const show = (v: number | null) => (v === null ? 'n/a' : v.toFixed(1));
    const recorded = (o: typeof baseline) => percent(o.points.at(-1)?.recorded ?? 0);
    if (last)
      lines.push(
        '',
        s.bold(`openness ${baseline.host} → ${baseline.target} on ${last.date}`) +
          `: ${show(last.baseline)} → ${show(last.counterfactual)}` +
          (last.delta === null ? '' : s.dim(` (${last.delta > 0 ? '+' : ''}${last.delta.toFixed(1)})`)) +
          s.dim(` · ${recorded(baseline)} → ${recorded(counterfactual)} of cells recorded`),
      );
    const moved = deltas.filter((d) => d.delta !== null && d.delta !== 0).length;
    lines.push(s.dim(`  ${moved} of ${deltas.length} months differ`));
  }
  return lines.join('\n');
}
