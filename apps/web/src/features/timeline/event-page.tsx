import type { RouterOutputs } from '@hutong/client';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLocalized } from '../../i18n/use-lang';
import { useTRPC } from '../../trpc/trpc';
import { ActorLink } from '../../ui/actor-link';
import { Breadcrumb } from '../../ui/breadcrumb';
import { DateText } from '../../ui/date-text';
import { PageHeader } from '../../ui/page-header';
import { QueryState } from '../../ui/query-state';
import { RecordLink } from '../../ui/record-link';
import { SourceList } from '../../ui/source-list';
import { DisputeNote } from '../sources/dispute-note';
import { NumberedText } from '../sources/numbered-text';
import { EventTags } from './event-tags';
import { PolicyChangeTable } from './policy-change-table';

type Evidence = RouterOutputs['events']['get'];

/** An event's own page, so it can be linked to: what it changed and who says so. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.events.get.queryOptions({ id }));
  return (
    <>
      <Breadcrumb to="/">{t('event.back')}</Breadcrumb>
      <QueryState query={query}>{(evidence) => <EventDetail evidence={evidence} />}</QueryState>
    </>
  );
}

export function EventDetail({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { event } = evidence;
  return (
    <article
      className={`event-detail${event.confidence === 'rumor' ? ' is-rumor' : ''}${event.disputed ? ' is-disputed' : ''}`}
    >
      <PageHeader title={l(event.title)}>
        <p className="event-meta">
          <DateText date={event.date} precision={event.precision} />
          <EventTags event={event} />
        </p>
      </PageHeader>
      <p className="lead">
        <NumberedText text={l(event.summary)} />
      </p>
      {event.confidence === 'rumor' ? <p className="marker marker-rumor">{t('timeline.rumor')}</p> : null}
      {event.disputed ? <DisputeNote text={l(event.disputed)} /> : null}
      <p>
        <strong>{t('event.involves')}:</strong>{' '}
        {event.actors.map((a, i) => (
          <span key={a}>
            {i ? ' · ' : ''}
            <ActorLink id={a} />
          </span>
        ))}
        {event.regulation ? (
          <>
            {' — '}
            <strong>{t('event.regulation')}:</strong> <RecordLink id={event.regulation} />
          </>
        ) : null}
      </p>
      <h2>{t('event.changes')}</h2>
      <PolicyChangeTable event={event} />
      <h2>{t('event.sources')}</h2>
      <SourceList sources={evidence.sources} />
    </article>
  );
}
