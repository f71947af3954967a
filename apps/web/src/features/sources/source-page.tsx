import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLocalized } from '../../i18n/use-lang';
import { useVocab } from '../../i18n/use-vocab';
import { useTRPC } from '../../trpc/trpc';
import { Breadcrumb } from '../../ui/breadcrumb';
import { DateText } from '../../ui/date-text';
import { ExternalLink } from '../../ui/external-link';
import { PageHeader } from '../../ui/page-header';
import { Loading } from '../../ui/query-state';
import { sourceNumber } from './source-citations';
import { SourceCitations } from './source-citing';
import { htmlLang } from './source-languages';
import { useSources } from './use-sources';

/** One article: who published it and when, in what language, and everything in the ledger citing it. */
export function SourcePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const l = useLocalized();
  const vocab = useVocab();
  const trpc = useTRPC();
  const { query } = useSources();
  const events = useQuery({ ...trpc.events.list.queryOptions({ limit: 5000 }), staleTime: 300_000 });
  const figures = useQuery(trpc.figures.list.queryOptions());
  const regulations = useQuery(trpc.regulations.list.queryOptions());
  const source = query.data?.find((s) => s.id === id);
  const back = <Breadcrumb to="/sources">{t('sources.back')}</Breadcrumb>;
  if (query.isPending) return <Loading />;
  if (!source)
    return (
      <>
        {back}
        <PageHeader title={t('state.notFound')} />
      </>
    );
  const number = sourceNumber(source);
  return (
    <>
      {back}
      <PageHeader title={source.title}>
        <dl className="facts source-facts">
          {number ? (
            <>
              <dt>{t('sources.number')}</dt>
              <dd>{number}</dd>
            </>
          ) : null}
          <dt>{t('sources.publisher')}</dt>
          <dd lang={htmlLang(source.language)}>{source.publisher}</dd>
          {source.author ? (
            <>
              <dt>{t('sources.author')}</dt>
              <dd lang={htmlLang(source.language)}>{source.author}</dd>
            </>
          ) : null}
          <dt>{t('sources.date')}</dt>
          <dd>
            <DateText date={source.date} />
          </dd>
          <dt>{t('sources.language')}</dt>
          <dd>{vocab('language', source.language)}</dd>
          {source.factsAsOf ? (
            <>
              <dt>{t('sources.factsAsOf')}</dt>
              <dd>
                <DateText date={source.factsAsOf} />
              </dd>
            </>
          ) : null}
          {source.caveat ? (
            <>
              <dt>{t('sources.caveat')}</dt>
              <dd>{l(source.caveat)}</dd>
            </>
          ) : null}
        </dl>
        {source.url ? (
          <p>
            <ExternalLink href={source.url}>{t('sources.link')}</ExternalLink>
          </p>
        ) : null}
      </PageHeader>
      {events.data && figures.data && regulations.data ? (
        <SourceCitations
          id={source.id}
          lang={htmlLang(source.language)}
          events={events.data.items}
          figures={figures.data}
          regulations={regulations.data}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}
