import type { RouterOutputs } from '@hutong/client';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-lang';
import { useTRPC } from '../../trpc/trpc';
import { ActorSelect } from '../../ui/actor-select';
import { DateText } from '../../ui/date-text';
import { Loading, QueryState } from '../../ui/query-state';
import { lineage } from '../wall-map/wall-axes';
import { defaultRival, opennessSteps } from './openness-steps';
import { useActors } from './use-actors';

const OpennessChart = lazy(() => import('./openness-chart'));

type Actor = RouterOutputs['actors']['get']['actor'];

export function ActorOpenness({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const trpc = useTRPC();
  const { byId, name } = useActors();
  const [target, setTarget] = useState(() => defaultRival(lineage(byId, actor.id)));
  const openness = useQuery(trpc.analysis.openness.queryOptions({ host: actor.id, target }));
  const label = `${t('actor.opennessTo', { host: l(actor.name) })} ${name(target)}`;
  return (
    <section aria-labelledby="actor-openness">
      <h2 id="actor-openness">{t('actor.openness')}</h2>
      <div className="filters">
        <ActorSelect
          label={t('actor.opennessTo', { host: l(actor.name) })}
          value={target}
          onChange={setTarget}
          kinds={['company', 'platform', 'payment']}
        />
      </div>
      <p className="help">{t('actor.opennessHelp')}</p>
      <QueryState
        query={openness}
        isEmpty={(d) => d.points.every((p) => p.value === null)}
        empty={t('actor.opennessEmpty')}
      >
        {(data) => (
          <figure className="figure">
            <Suspense fallback={<Loading />}>
              <OpennessChart points={data.points} label={label} />
            </Suspense>
            <figcaption>
              <ol className="openness-steps">
                {opennessSteps(data.points).map((p) => (
                  <li key={p.date}>
                    <DateText date={p.date} precision="month" />: {p.value === null ? '—' : p.value}
                  </li>
                ))}
              </ol>
            </figcaption>
          </figure>
        )}
      </QueryState>
    </section>
  );
}
