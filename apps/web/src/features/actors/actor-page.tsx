import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLocalized } from '../../i18n/use-lang';
import { useVocab } from '../../i18n/use-vocab';
import { useTRPC } from '../../trpc/trpc';
import { ActorLink } from '../../ui/actor-link';
import { Breadcrumb } from '../../ui/breadcrumb';
import { FeedLink, feedPaths } from '../../ui/feed-link';
import { PageHeader } from '../../ui/page-header';
import { QueryState } from '../../ui/query-state';
import { ActorEvents } from './actor-events';
import { ActorFigures } from './actor-figures';
import { ActorOpenness } from './actor-openness';

export function ActorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const l = useLocalized();
  const vocab = useVocab();
  const trpc = useTRPC();
  const query = useQuery(trpc.actors.get.queryOptions({ id }));
  return (
    <>
      <Breadcrumb to="/actors">{t('actor.index')}</Breadcrumb>
      <QueryState query={query}>
        {({ actor, owner, owns }) => (
          <article className="actor">
            <PageHeader title={l(actor.name)} intro={l(actor.description)}>
              <p className="event-meta">
                <span className="tag">{vocab('actorKind', actor.kind)}</span>
                <span lang="zh-CN">{actor.name.zh}</span> · <span lang="en">{actor.name.en}</span>
              </p>
              <FeedLink href={feedPaths.actor(actor.id)} title={t('feed.actor', { name: l(actor.name) })} />
            </PageHeader>
            <dl className="facts">
              {actor.aliases.length ? (
                <>
                  <dt>{t('actor.aliases')}</dt>
                  <dd>{actor.aliases.join(' · ')}</dd>
                </>
              ) : null}
              <dt>{t('actor.owner')}</dt>
              <dd>{owner ? <ActorLink id={owner.id} /> : '—'}</dd>
              <dt>{t('actor.owns')}</dt>
              <dd>
                {owns.length
                  ? owns.map((o, i) => (
                      <span key={o.id}>
                        {i ? ' · ' : ''}
                        <ActorLink id={o.id} />
                      </span>
                    ))
                  : '—'}
              </dd>
              <dt>{t('actor.hosts')}</dt>
              <dd>
                {actor.hosts.length ? actor.hosts.map((h) => <code key={h}>{h}</code>) : t('actor.noHosts')}
              </dd>
            </dl>
            {actor.kind !== 'regulator' ? <ActorOpenness actor={actor} /> : null}
            <ActorFigures actor={actor.id} />
            <ActorEvents actor={actor.id} />
          </article>
        )}
      </QueryState>
    </>
  );
}
