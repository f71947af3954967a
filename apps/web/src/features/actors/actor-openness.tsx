import type { RouterOutputs } from '@hutong/client';
import { lineage } from '@hutong/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-lang';
import { useTRPC } from '../../trpc/trpc';
import { ActorSelect } from '../../ui/actor-select';
import { DataTable } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { Loading, QueryState } from '../../ui/query-state';
import { defaultRival, opennessSteps, percent } from './openness-steps';
import { useActors } from './use-actors';

const OpennessChart = lazy(() => import('./openness-chart'));

type Actor = RouterOutputs['actors']['get']['actor'];

export function ActorOpenness({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const trpc = useTRPC();
  const { byId, name } = useActors();
  // The default partner waits for the actors to load: before that the actor's own camp is unknown.
  const [chosen, setTarget] = useState<string | null>(null);
  const target = chosen ?? defaultRival(lineage(byId, actor.id));
  const openness = useQuery({
    ...trpc.analysis.openness.queryOptions({ host: actor.id, target }),
    enabled: byId.size > 0,
  });
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
              <DataTable
                className="compact openness-steps"
                caption={t('actor.opennessSteps')}
                columns={[t('actor.month'), t('actor.openness'), t('actor.opennessRecorded')]}
              >
                {opennessSteps(data.points).map((p) => (
                  <tr key={p.date}>
                    <td>
                      <DateText date={p.date} precision="month" />
                    </td>
                    <td className="num">{p.value === null ? '—' : p.value}</td>
                    <td className="num">
                      {t('actor.opennessRecordedShare', { share: percent(p.recorded), cells: p.cells })}
                    </td>
                  </tr>
                ))}
              </DataTable>
            </figcaption>
          </figure>
        )}
      </QueryState>
    </section>
  );
}
