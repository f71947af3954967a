import { crossingId } from '@hutong/domain/plain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format-date';
import { useLang, useLocalized } from '../../i18n/use-lang';
import { useVocab } from '../../i18n/use-vocab';
import { useTRPC } from '../../trpc/trpc';
import { BasisText } from '../../ui/basis-text';
import { Crossing } from '../../ui/crossing';
import { DataTable } from '../../ui/data-table';
import { DateField } from '../../ui/date-field';
import { useDateParam } from '../../ui/date-param';
import { DateText } from '../../ui/date-text';
import { PageHeader } from '../../ui/page-header';
import { QueryState } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';

export function DiffPage() {
  const { t } = useTranslation();
  const vocab = useVocab();
  const l = useLocalized();
  const lang = useLang();
  const trpc = useTRPC();
  const [from, setFrom] = useDateParam('from', '2021-06-01');
  const [to, setTo] = useDateParam('to', '2021-12-01');
  const diff = useQuery({ ...trpc.analysis.diff.queryOptions({ from, to }), placeholderData: (p) => p });
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  const events = useQuery(trpc.events.list.queryOptions({ from: lo, to: hi, limit: 5000 }));
  const titles = new Map((events.data?.items ?? []).map((e) => [e.event.id, e.event]));
  return (
    <>
      <PageHeader title={t('diff.title')} intro={t('diff.intro')} />
      <div className="filters">
        <DateField label={t('diff.from')} value={from} onChange={setFrom} />
        <DateField label={t('diff.to')} value={to} onChange={setTo} />
      </div>
      <QueryState query={diff}>
        {(d) => (
          <>
            <h2>{t('diff.changes')}</h2>
            {d.changes.length === 0 ? (
              <p className="notice notice-empty">{t('diff.none')}</p>
            ) : (
              <DataTable scroll columns={[t('diff.crossing'), t('diff.before'), t('diff.after')]}>
                {d.changes.map((c) => (
                  <tr key={`${crossingId(c)}`}>
                    <td>
                      <Crossing k={c} />
                    </td>
                    <td>
                      <StatusBadge status={c.before} />
                    </td>
                    <td>
                      <StatusBadge status={c.after} /> <BasisText basis={c.basis} />{' '}
                      {c.rule ? (
                        <Link className="small-link" to={`/events/${encodeURIComponent(c.rule.event)}`}>
                          {c.on.window
                            ? t(c.windowCloses ? 'diff.windowCloses' : 'diff.changedWindow', {
                                from: formatDate(c.on.window.from, 'day', lang),
                                to: formatDate(c.on.window.to, 'day', lang),
                              })
                            : formatDate(c.on.date, 'day', lang)}
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
            <h2>{t('diff.events')}</h2>
            {d.events.length === 0 ? (
              <p className="notice notice-empty">—</p>
            ) : (
              <ol className="plain-list">
                {d.events.map((id) => {
                  const e = titles.get(id);
                  return (
                    <li key={id}>
                      {e ? <DateText date={e.date} precision={e.precision} /> : null}{' '}
                      <Link to={`/events/${encodeURIComponent(id)}`}>{e ? l(e.title) : id}</Link>
                    </li>
                  );
                })}
              </ol>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
