import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../trpc/trpc';
import { FeedLink, feedPaths } from '../../ui/feed-link';
import { PageHeader } from '../../ui/page-header';
import { QueryState } from '../../ui/query-state';
import { useQueryParams } from '../../ui/use-query-params';
import { EventCard } from './event-card';
import { type FacetKey, facetsFromSearch, withFacet } from './facets';
import { groupByYear } from './group-by-year';
import { TimelineFilters } from './timeline-filters';

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
  const onClear = () => setParams(() => new URLSearchParams(), { replace: true });
  return (
    <>
      <PageHeader title={t('timeline.title')} intro={t('timeline.intro')}>
        <FeedLink href={feedPaths.revisions()} title={t('feed.revisions')} />
      </PageHeader>
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
                        <EventCard evidence={e} />
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
