import { todayIso } from '@hutong/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocab } from '../../i18n/use-vocab';
import { useTRPC } from '../../trpc/trpc';
import { FeedLink, feedPaths } from '../../ui/feed-link';
import { Loading, QueryState } from '../../ui/query-state';
import { useLedgerStart } from '../../ui/use-ledger-start';
import { HistoryList } from './history-list';
import { type History, historyChartData } from './history-steps';

const HistoryChart = lazy(() => import('./history-chart'));

type Question = History['question'];

/** A crossing's status over time from one `decisions.history` call: a step chart, then the same as a table. */
export function CrossingHistory({ question, heading: H }: { question: Question; heading: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const trpc = useTRPC();
  const history = useQuery(trpc.decisions.history.queryOptions(question));
  return (
    <section className="crossing-history" aria-labelledby="history-title">
      <H id="history-title">{t('history.title')}</H>
      <FeedLink href={feedPaths.crossing(question)} title={t('feed.crossing')} />
      {history.data?.byPlatform ? <p className="help">{t('history.rolledUp')}</p> : null}
      <QueryState query={history} isEmpty={(d) => d.segments.length === 0} empty={t('history.empty')}>
        {(data) => <HistoryFigure history={data} statusName={(s) => vocab('status', s)} />}
      </QueryState>
    </section>
  );
}

function HistoryFigure({ history, statusName }: { history: History; statusName: (s: string) => string }) {
  const { t } = useTranslation();
  const start = useLedgerStart();
  const data = useMemo(() => historyChartData(history.segments, start, todayIso()), [history, start]);
  return (
    <figure className="figure">
      <Suspense fallback={<Loading />}>
        <HistoryChart data={data} label={t('history.chart')} statusName={statusName} />
      </Suspense>
      <figcaption>
        <p className="help">
          <span className="key-window" aria-hidden="true" /> {t('history.keyWindow')}{' '}
          <span className="key-event" aria-hidden="true" /> {t('history.keyEvent')}
        </p>
        <HistoryList segments={history.segments} />
      </figcaption>
    </figure>
  );
}
