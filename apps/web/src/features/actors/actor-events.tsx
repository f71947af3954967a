import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../trpc/trpc';
import { QueryState } from '../../ui/query-state';
import { EventCard } from '../timeline/event-card';

export function ActorEvents({ actor }: { actor: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const events = useQuery(trpc.events.list.queryOptions({ actor, limit: 5000 }));
  return (
    <section aria-labelledby="actor-events">
      <h2 id="actor-events">{t('actor.events')}</h2>
      <QueryState query={events} isEmpty={(d) => d.items.length === 0} empty={t('actor.noEvents')}>
        {(data) => (
          <ol className="timeline-events">
            {data.items.map((e) => (
              <li key={e.event.id}>
                <EventCard evidence={e} />
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
