import type { RouterOutputs } from '@hutong/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/use-lang';
import { useVocab } from '../../i18n/use-vocab';
import { ActorLink } from '../../ui/actor-link';
import { DataTable } from '../../ui/data-table';
import { StatusBadge } from '../../ui/status-badge';

type Event = RouterOutputs['events']['get']['event'];

export function PolicyChangeTable({ event }: { event: Event }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const vocab = useVocab();
  if (!event.changes.length) return <p className="notice notice-empty">{t('event.noChanges')}</p>;
  return (
    <DataTable
      scroll
      columns={[
        t('event.host'),
        t('event.surface'),
        t('event.capability'),
        t('event.target'),
        t('event.status'),
        t('event.details'),
      ]}
    >
      {event.changes.map((c, i) => {
        const ask = new URLSearchParams({
          host: c.host,
          surface: c.surface,
          capability: c.capability,
          at: event.date,
        });
        if (c.target !== '*') ask.set('target', c.target);
        return (
          <tr key={i}>
            <td>
              <ActorLink id={c.host} />
            </td>
            <td>{vocab('surface', c.surface)}</td>
            <td>{vocab('capability', c.capability)}</td>
            <td>
              <ActorLink id={c.target} />
            </td>
            <td>
              <StatusBadge status={c.status} />
            </td>
            <td>
              {c.friction.map((f) => vocab('friction', f)).join(', ')}
              {c.coverage !== 'all' ? ` (${vocab('coverage', c.coverage)})` : ''}
              {c.note ? <span className="note">{l(c.note)}</span> : null}
              {c.target !== '*' ? (
                <Link className="small-link" to={`/ask?${ask}`}>
                  {t('event.ask')}
                </Link>
              ) : null}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
