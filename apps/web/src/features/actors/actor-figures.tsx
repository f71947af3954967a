import type { RouterOutputs } from '@hutong/client';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-lang';
import { useTRPC } from '../../trpc/trpc';
import { DataTable } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { Loading, QueryState } from '../../ui/query-state';
import { RecordLink } from '../../ui/record-link';

// The chart library loads only when a page has numbers to draw.
const FiguresChart = lazy(() => import('./figures-chart'));

type Figure = RouterOutputs['figures']['list'][number];

export function groupByMetric(figures: readonly Figure[]): Figure[][] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures)
    groups.set(`${f.metric}|${f.unit}`, [...(groups.get(`${f.metric}|${f.unit}`) ?? []), f]);
  return [...groups.values()];
}

export function ActorFigures({ actor }: { actor: string }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const trpc = useTRPC();
  const figures = useQuery(trpc.figures.list.queryOptions({ actor }));
  return (
    <section aria-labelledby="actor-figures">
      <h2 id="actor-figures">{t('actor.figures')}</h2>
      <QueryState query={figures} isEmpty={(d) => d.length === 0} empty={t('actor.noFigures')}>
        {(data) =>
          groupByMetric(data).map((series) => (
            <figure key={series[0]!.id} className="figure">
              <figcaption>
                {l(series[0]!.label)} ({series[0]!.unit})
              </figcaption>
              {series.length > 1 ? (
                <Suspense fallback={<Loading />}>
                  <FiguresChart series={series} label={l(series[0]!.label)} />
                </Suspense>
              ) : null}
              <DataTable className="compact" columns={[t('actor.date'), t('actor.value'), t('actor.source')]}>
                {series.map((f) => (
                  <tr key={f.id}>
                    <td>
                      <DateText date={f.date} precision={f.precision} />
                    </td>
                    <td className="num">
                      {f.value.toLocaleString()} {f.unit}
                    </td>
                    <td>
                      <q>{f.source.quote}</q>{' '}
                      <span className="muted">
                        (<RecordLink id={f.source.source} />)
                      </span>
                    </td>
                  </tr>
                ))}
              </DataTable>
            </figure>
          ))
        }
      </QueryState>
    </section>
  );
}
