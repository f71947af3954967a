import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-lang';
import { useTRPC } from '../../trpc/trpc';
import { DateField } from '../../ui/date-field';
import { ErrorNotice, Loading } from '../../ui/query-state';
import { percent } from '../actors/openness-steps';
import { CrossingChanges } from './crossing-changes';
import { WhatIfWalls } from './what-if-walls';

const WhatIfOpennessChart = lazy(() => import('./what-if-openness-chart'));

interface Props {
  without: readonly string[];
  at: string;
  onAt: (at: string) => void;
  onSwitchOn: (id: string) => void;
  onClear: () => void;
}

/** The timeline's what-if: the events switched off, and what the ledger would say without them. */
export default function WhatIfPanel({ without, at, onAt, onSwitchOn, onClear }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const trpc = useTRPC();
  const events = useQuery({ ...trpc.events.list.queryOptions({ limit: 5000 }), staleTime: 300_000 });
  const titleOf = (id: string) => {
    const e = events.data?.items.find((x) => x.event.id === id);
    return e ? l(e.event.title) : id;
  };
  const result = useQuery({
    ...trpc.analysis.whatIf.queryOptions({
      without: [...without],
      at,
      openness: { host: 'tencent', target: 'alibaba' },
    }),
    placeholderData: keepPreviousData,
  });
  const w = result.data;
  const breaches = (fs: { daysInBreach: number | null }[]) =>
    fs.filter((f) => f.daysInBreach !== null).length;
  return (
    <section className="what-if" aria-labelledby="what-if-title" aria-busy={result.isFetching}>
      <h2 id="what-if-title">{t('whatIf.title')}</h2>
      <p className="help">{t('whatIf.intro')}</p>
      <ul className="what-if-off" aria-label={t('whatIf.off')}>
        {without.map((id) => (
          <li key={id}>
            <span className="tag">{t('whatIf.off')}</span> {titleOf(id)}{' '}
            <button
              type="button"
              aria-label={t('whatIf.switchOnLabel', { title: titleOf(id) })}
              onClick={() => onSwitchOn(id)}
            >
              {t('whatIf.switchOn')}
            </button>
          </li>
        ))}
      </ul>
      <div className="filters">
        <DateField label={t('whatIf.at')} value={at} onChange={onAt} />
        <button type="button" onClick={onClear}>
          {t('whatIf.clear')}
        </button>
      </div>
      {result.isError ? <ErrorNotice error={result.error} retry={() => void result.refetch()} /> : null}
      {!w ? (
        result.isPending ? (
          <Loading />
        ) : null
      ) : (
        <>
          {w.regulationsDropped.map((id) => (
            <p key={id} className="notice">
              {t('whatIf.regulationDropped', { id })}{' '}
              {w.answering.length ? t('whatIf.answering', { count: w.answering.length }) : ''}
            </p>
          ))}
          <p className="what-if-count" role="status">
            {t('whatIf.crossings', { count: w.crossings.length })}
          </p>
          <CrossingChanges crossings={w.crossings} />
          {w.compliance ? (
            <p className="what-if-compliance">
              {t('whatIf.compliance', {
                date: w.compliance.at,
                before: breaches(w.compliance.baseline),
                after: breaches(w.compliance.counterfactual),
                lost: w.compliance.lost.length,
                gained: w.compliance.gained.length,
              })}
            </p>
          ) : null}
          <WhatIfWalls without={without} at={at} />
          {w.openness ? (
            <figure className="figure">
              <figcaption>{t('whatIf.openness')}</figcaption>
              <Suspense fallback={<Loading />}>
                <WhatIfOpennessChart
                  deltas={w.openness.deltas}
                  label={t('whatIf.opennessLabel')}
                  names={{ baseline: t('whatIf.ledger'), counterfactual: t('whatIf.counterfactual') }}
                />
              </Suspense>
              <p className="help">
                {t('whatIf.opennessRecorded', {
                  baseline: percent(w.openness.baseline.points.at(-1)?.recorded ?? 0),
                  counterfactual: percent(w.openness.counterfactual.points.at(-1)?.recorded ?? 0),
                })}
              </p>
            </figure>
          ) : null}
        </>
      )}
    </section>
  );
}
