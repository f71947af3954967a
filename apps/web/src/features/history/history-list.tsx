import { useTranslation } from 'react-i18next';
import { useVocab } from '../../i18n/use-vocab';
import { BasisText } from '../../ui/basis-text';
import { DataTable } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { RecordLink } from '../../ui/record-link';
import { StatusBadge } from '../../ui/status-badge';
import type { Segment } from './history-steps';

/** The chart's numbers as a table: each stretch, how sure the ledger is of it, and its events. */
export function HistoryList({ segments }: { segments: readonly Segment[] }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  return (
    <DataTable
      className="history-list"
      scroll
      columns={[
        t('history.from'),
        t('history.to'),
        t('history.status'),
        t('history.sure'),
        t('history.events'),
      ]}
    >
      {segments.map((s) => (
        <tr key={`${s.from}|${s.to}|${s.status}`} data-status={s.status}>
          <td>{s.from ? <DateText date={s.from} /> : t('history.always')}</td>
          <td>{s.to ? <DateText date={s.to} /> : t('history.now')}</td>
          <td>
            <StatusBadge status={s.status} />
          </td>
          <td>
            <BasisText basis={s.basis} />
            {s.uncertain ? (
              <span className="history-note" data-testid="history-window">
                {t('history.window', {
                  after: vocab('status', s.uncertain.after),
                })}{' '}
                <DateText date={s.uncertain.from} /> – <DateText date={s.uncertain.to} />
              </span>
            ) : null}
            {s.rest ? (
              <span className="history-note">
                {t('history.rest', { status: vocab('status', s.rest.status) })}
              </span>
            ) : null}
          </td>
          <td>
            <ul className="plain">
              {s.events.map((id) => (
                <li key={id}>
                  <RecordLink id={id} />
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
