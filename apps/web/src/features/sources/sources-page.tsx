import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVocab } from '../../i18n/use-vocab';
import { DataTable } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { PageHeader } from '../../ui/page-header';
import { QueryState } from '../../ui/query-state';
import { sourceNumber } from './source-citations';
import { htmlLang } from './source-languages';
import { useSources } from './use-sources';

/** Every article the ledger cites: its number, title, publisher, date and language. */
export function SourcesPage() {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { query } = useSources();
  return (
    <>
      <PageHeader title={t('sources.title')} intro={t('sources.intro')} />
      <QueryState query={query} isEmpty={(d) => d.length === 0} empty={t('sources.none')}>
        {(list) => (
          <DataTable
            className="sources-table"
            scroll
            columns={[
              t('sources.number'),
              t('sources.article'),
              t('sources.publisher'),
              t('sources.date'),
              t('sources.language'),
            ]}
          >
            {[...list]
              // By the curators' number, which the summaries cite ("002 says …"); unnumbered last, by date.
              .sort(
                (a, b) =>
                  (sourceNumber(a) ?? '999').localeCompare(sourceNumber(b) ?? '999') ||
                  a.date.localeCompare(b.date),
              )
              .map((s) => (
                <tr key={s.id}>
                  <td className="num">{sourceNumber(s) ?? '—'}</td>
                  <td>
                    <Link to={`/sources/${encodeURIComponent(s.id)}`} lang={htmlLang(s.language)}>
                      {s.title}
                    </Link>
                  </td>
                  <td lang={htmlLang(s.language)}>{s.publisher}</td>
                  <td>
                    <DateText date={s.date} />
                  </td>
                  <td>{vocab('language', s.language)}</td>
                </tr>
              ))}
          </DataTable>
        )}
      </QueryState>
    </>
  );
}
