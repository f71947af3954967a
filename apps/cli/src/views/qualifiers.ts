import type { RouterOutputs } from '@hutong/client';
import type { DecidedStatus } from '@hutong/domain';
import { crossingLabel, explain, GLOSSARY } from '@hutong/domain/plain';
import { eventTitles } from './event-titles';

type Decision = RouterOutputs['decisions']['decide'];

/** A piece of a line: plain text, a title, dimmed text, or a status (coloured by whoever renders it). */
export type Part = string | { text: string; tone: 'title' | 'dim' } | { text: string; status: DecidedStatus };

const dim = (text: string) => ({ text, tone: 'dim' as const });
const title = (text: string) => ({ text, tone: 'title' as const });
const st = (status: DecidedStatus) => ({ text: status, status });

// Inherited says where from instead; the legend under the text explains the word.
const basisText = (b: Decision['basis']) => (b === 'inherited' ? 'inherited' : explain('basis', b));

/** Where an inherited answer came from, e.g. "from every surface (*), target alibaba". */
export function inheritedText(f: Decision['inheritedFrom']): string {
  if (!f) return '';
  const parts = [
    f.host ? `host ${f.host}` : '',
    f.surface ? 'every surface (*)' : '',
    f.target ? `target ${f.target === '*' ? 'everyone (*)' : f.target}` : '',
  ].filter(Boolean);
  return ` from ${parts.join(', ')}`;
}

/** What stands where a decision has no rule of its own: nothing at all, or only its parts. */
export const noRuleText = (d: Decision) =>
  d.status === 'unknown'
    ? 'nothing in the ledger covers this question'
    : 'no rule names this crossing itself; the answer rolls up the parts above';

/**
 * The lines that qualify an answer's status (hutong-decide/4): its basis, an uncertainty window,
 * what everyone outside a partial rollout gets, a broad answer's parts, the nearest records.
 * One home for the CLI and the terminal UI, which only differ in how they colour the parts.
 */

export function qualifierLines(d: Decision): Part[][] {
  const titleOf = eventTitles(d);
  const lines: Part[][] = [[dim(`basis  ${basisText(d.basis)}${inheritedText(d.inheritedFrom)}`)]];
  if (d.rule?.cause)
    lines.push([
      title('cause  '),
      d.rule.cause === 'target'
        ? 'the target withdrew or shut the door itself — not a block by the host'
        : 'both sides broke it off — not one blocking the other',
    ]);
  const u = d.uncertain;
  if (u)
    lines.push([
      title('uncertain  '),
      `between ${u.from} and ${u.to} this changed from `,
      st(u.before),
      ' to ',
      st(u.after),
      dim(`  [${titleOf(u.rule.event)}]`),
    ]);
  if (u) lines.push([dim('           until that window closes, the earlier status is given')]);
  if (d.rest)
    lines.push([
      title('rest  '),
      'everyone outside the rollout: ',
      st(d.rest.status),
      d.rest.friction.length ? ` (friction: ${d.rest.friction.join(', ')})` : '',
      dim(d.rest.rule ? `  [${titleOf(d.rest.rule.event)}]` : ''),
    ]);
  if (d.byPlatform?.length) {
    lines.push([title('by platform and surface')]);
    const named = d.byPlatform.some((p) => p.surface !== '*');
    for (const p of d.byPlatform)
      lines.push([
        `  ${p.host} → ${p.target} · ${p.surface === '*' && named ? '* (surfaces no rule names)' : p.surface}  `,
        st(p.status),
        dim(`  ${p.basis}${p.rule ? `  [${titleOf(p.rule)}]` : ''}`),
      ]);
  }
  if (d.nearby?.length) {
    lines.push([title('nearest recorded crossings')]);
    for (const n of d.nearby)
      lines.push([
        `  ${crossingLabel(n)}  `,
        st(n.status),
        dim(`  ${GLOSSARY.relation[n.relation].word.en}`),
      ]);
  }
  return lines;
}
