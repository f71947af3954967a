import { DEFAULT_PAIRS } from '@hutong/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc/trpc';
import { PageHeader } from '../../ui/page-header';
import { Loading, QueryState } from '../../ui/query-state';
import { BacktestTable } from './backtest-table';
import { MixtureTable } from './mixture-table';
import { SimulationPanel } from './simulation-panel';

const MovesChart = lazy(() => import('./moves-chart'));

/** The game page: moves with their events, the fitted mixture and regimes, the backtest, in plain words. */
export function GamePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const report = useQuery(trpc.game.report.queryOptions({ pairs: DEFAULT_PAIRS }));
  return (
    <>
      <PageHeader title={t('game.title')} intro={t('game.intro')} />
      <section aria-labelledby="game-explain">
        <h2 id="game-explain">{t('game.explainTitle')}</h2>
        <p>{t('game.explain1')}</p>
        <p>{t('game.explain2')}</p>
        <p>{t('game.explain3')}</p>
        <p className="notice">{t('game.caveat')}</p>
      </section>
      <QueryState query={report}>
        {(g) => (
          <>
            {g.pairs.map((p) => {
              const scored = p.months.some((m) => m.a.value !== null && m.b.value !== null);
              const marked = p.months.filter((m) => m.a.events.length + m.b.events.length > 0);
              return (
                <section key={`${p.a}-${p.b}`}>
                  <h2>{t('game.moves', { a: p.a, b: p.b })}</h2>
                  {scored ? null : <p className="notice notice-empty">{t('game.noMoves')}</p>}
                  <Suspense fallback={<Loading />}>
                    <MovesChart pair={p} label={t('game.movesLabel')} />
                  </Suspense>
                  <details>
                    <summary>{t('game.events')}</summary>
                    <ul className="plain-list">
                      {marked.map((m) => (
                        <li key={m.date}>
                          {m.date.slice(0, 7)}:{' '}
                          {[...new Set([...m.a.events, ...m.b.events])].map((id) => (
                            <Link key={id} className="small-link" to={`/events/${encodeURIComponent(id)}`}>
                              {id}{' '}
                            </Link>
                          ))}
                        </li>
                      ))}
                    </ul>
                  </details>
                </section>
              );
            })}
            <section aria-labelledby="game-mixture">
              <h2 id="game-mixture">{t('game.mixture')}</h2>
              <MixtureTable fit={g.fit} title={t('game.mixtureAll')} />
              {g.regimes ? (
                <>
                  <MixtureTable fit={g.regimes.before} title={t('game.before', { date: g.regimes.from })} />
                  <MixtureTable fit={g.regimes.after} title={t('game.after', { date: g.regimes.deadline })} />
                </>
              ) : null}
            </section>
            <BacktestTable backtest={g.backtest} />
            <SimulationPanel />
            <p>{t('game.method', { game: g.method, openness: g.openness })}</p>
          </>
        )}
      </QueryState>
    </>
  );
}
