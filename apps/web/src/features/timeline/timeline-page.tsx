import { todayIso } from '@hutong/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../trpc/trpc';
import { FeedLink, feedPaths } from '../../ui/feed-link';
import { PageHeader } from '../../ui/page-header';
import { Loading, QueryState } from '../../ui/query-state';
import { useQueryParams } from '../../ui/use-query-params';
import { whatIfAtFromSearch, withoutFromSearch, withSwitched } from '../what-if/what-if-params';
import { EventCard } from './event-card';
import { type FacetKey, facetsFromSearch, withFacet } from './facets';
import { groupByYear } from './group-by-year';
import { TimelineFilters } from './timeline-filters';

// Loaded only once an event is switched off, so the first view does not carry the charts and grids.
const WhatIfPanel = lazy(() => import('../what-if/what-if-panel'));

export function TimelinePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useQueryParams();
  const facets = facetsFromSearch(params);
  const events = useQuery({
    ...trpc.events.list.queryOptions({ ...facets, limit: 5000 }),
    placeholderData: (previous) => previous,
  });
  const onChange = (key: FacetKey, value: string) =>
    // From the latest query string, so two quick changes both land.
    setParams((latest) => withFacet(latest, key, value), { replace: true });
  const onClear = () =>
    setParams(
      (latest) => {
        // Clearing the filters keeps the what-if, which has its own "switch all back on".
        const next = new URLSearchParams();
        for (const key of ['without', 'at']) if (latest.has(key)) next.set(key, latest.get(key)!);
        return next;
      },
      { replace: true },
    );
  // The intro names the ledger's first year, whatever the filters show.
  const all = useQuery({ ...trpc.events.list.queryOptions({ limit: 5000 }), staleTime: 300_000 });
  const firstYear = all.data?.items.reduce<string | null>(
    (y, { event }) => (y === null || event.date.slice(0, 4) < y ? event.date.slice(0, 4) : y),
    null,
  );
  const without = withoutFromSearch(params);
  const whatIfAt = whatIfAtFromSearch(params) ?? todayIso();
  const onSwitch = (id: string, off: boolean) => setParams((latest) => withSwitched(latest, id, off));
  const onAt = (at: string) =>
    setParams((latest) => {
      const next = new URLSearchParams(latest);
      next.set('at', at);
      return next;
    });
  const onClearWhatIf = () =>
    setParams((latest) => {
      const next = new URLSearchParams(latest);
      next.delete('without');
      next.delete('at');
      return next;
    });
  return (
    <>
      <PageHeader title={t('timeline.title')} intro={t('timeline.intro', { year: firstYear ?? '…' })}>
        <FeedLink href={feedPaths.revisions()} title={t('feed.revisions')} />
      </PageHeader>
      {without.length ? (
        <Suspense fallback={<Loading />}>
          <WhatIfPanel
            without={without}
            at={whatIfAt}
            onAt={onAt}
            onSwitchOn={(id) => onSwitch(id, false)}
            onClear={onClearWhatIf}
          />
        </Suspense>
      ) : null}
      <TimelineFilters facets={facets} onChange={onChange} onClear={onClear} />
      <QueryState query={events} isEmpty={(d) => d.items.length === 0} empty={t('timeline.empty')}>
        {(data) => (
          <section aria-busy={events.isFetching} aria-labelledby="timeline-count">
            <p id="timeline-count" className="count" role="status">
              {t('timeline.count', { count: data.total })}
            </p>
            <div className="timeline">
              {groupByYear(data.items, (e) => e.event.date).map((group) => (
                <section key={group.year} className="timeline-year" aria-labelledby={`year-${group.year}`}>
                  <h2 id={`year-${group.year}`} className="year-marker">
                    {group.year}
                  </h2>
                  <ol className="timeline-events">
                    {group.items.map((e) => (
                      <li key={e.event.id}>
                        <EventCard
                          evidence={e}
                          switchedOff={without.includes(e.event.id)}
                          onSwitch={(off) => onSwitch(e.event.id, off)}
                        />
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
            </div>
          </section>
        )}
      </QueryState>
    </>
  );
}
