import type { RouterOutputs } from '@hutong/client';
import { Link } from 'react-router';
import { useVocab } from '../../i18n/use-vocab';
import { StatusBadge } from '../../ui/status-badge';
import { useActors } from '../actors/use-actors';

type Rule = NonNullable<RouterOutputs['decisions']['decide']['rule']>;

export function RuleLine({ rule }: { rule: Rule }) {
  const vocab = useVocab();
  const { name } = useActors();
  return (
    <span className="rule-line">
      {name(rule.host)} · {vocab('surface', rule.surface)} · {vocab('capability', rule.capability)} ·{' '}
      {name(rule.target)} → <StatusBadge status={rule.status} />
      {rule.coverage !== 'all' ? ` (${vocab('coverage', rule.coverage)})` : ''}{' '}
      <Link className="small-link" to={`/events/${encodeURIComponent(rule.event)}`}>
        {rule.date}
      </Link>
    </span>
  );
}
