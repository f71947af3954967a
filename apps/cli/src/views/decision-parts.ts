import type { RouterOutputs } from '@hutong/client';
import { crossingLabel } from '@hutong/domain/plain';

/** A decision as the API returns it: the one shape the CLI's text and the terminal UI's document read. */
export type Decision = RouterOutputs['decisions']['decide'];
type Rule = NonNullable<Decision['rule']>;

/** `host · surface · capability · target`: the crossing a question or a rule is about. */
export const crossingText = (c: Pick<Rule, 'host' | 'surface' | 'capability' | 'target'>) =>
  `${crossingLabel(c)}`;

/** A rule as one line: its crossing, its status and, when partial, its coverage. */
export const ruleText = (
  r: Pick<Rule, 'host' | 'surface' | 'capability' | 'target' | 'status' | 'coverage'>,
) => `${crossingText(r)} → ${r.status}${r.coverage !== 'all' ? ` (${r.coverage})` : ''}`;

/** What qualifies the verdict: its friction and, when partial, its coverage. */
export const verdictExtras = (d: Pick<Decision, 'friction' | 'coverage'>): string =>
  [
    d.friction.length ? `friction: ${d.friction.join(', ')}` : '',
    d.coverage && d.coverage !== 'all' ? `coverage: ${d.coverage}` : '',
  ]
    .filter(Boolean)
    .join('; ');

/** How a resolved URL reached its actor. */
export const resolvedText = (r: NonNullable<Decision['resolved']>) =>
  `${r.url} → ${r.actor} (via ${r.matchedHost})`;
