import type { RouterInputs } from '@hutong/client';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc/trpc';
import { DataTable } from '../../ui/data-table';
import { QueryState } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';

type Question = RouterInputs['blame']['answer'];

/** The revisions that changed this answer as recorded; asked for only when opened (it walks the log). */
export function AnswerHistory({ question }: { question: Question }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const history = useQuery(trpc.blame.answer.queryOptions(open ? question : skipToken));
  return (
    <details className="answer-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('blame.title')}</summary>
      <p>{t('blame.intro')}</p>
      {open ? (
        <QueryState query={history} isEmpty={(h) => h.changes.length === 0} empty={t('blame.none')}>
          {(h) => (
            <>
              <p>{t('blame.walked', { changed: h.changes.length, walked: h.walked })}</p>
              <DataTable
                scroll
                columns={[
                  t('blame.revision'),
                  t('blame.recorded'),
                  t('blame.author'),
                  t('blame.edit'),
                  t('blame.reason'),
                  t('blame.sources'),
                  t('blame.change'),
                ]}
              >
                {h.changes.map((c) => (
                  <tr key={c.revision}>
                    <td>#{c.revision}</td>
                    <td>{c.recordedAt}</td>
                    <td>{c.author}</td>
                    <td>
                      {c.action} {c.entity}{' '}
                      {c.entity === 'event' ? (
                        <Link to={`/events/${encodeURIComponent(c.id)}`}>{c.id}</Link>
                      ) : (
                        c.id
                      )}
                    </td>
                    <td>{c.reason}</td>
                    <td>
                      {c.sources.map((s) => (
                        <Link key={s} className="small-link" to={`/sources/${encodeURIComponent(s)}`}>
                          {s}{' '}
                        </Link>
                      ))}
                    </td>
                    <td>
                      <StatusBadge status={c.before.status} /> → <StatusBadge status={c.after.status} />
                    </td>
                  </tr>
                ))}
              </DataTable>
            </>
          )}
        </QueryState>
      ) : null}
    </details>
  );
}
