import { DEFAULT_PAIRS } from '@hutong/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../trpc/trpc';
import { Field } from '../../ui/field';
import { Loading, QueryState } from '../../ui/query-state';

const SimulationChart = lazy(() => import('./simulation-chart'));

const KNOBS = ['R', 'S', 'T', 'P', 'noise', 'fine', 'seed'] as const;
type Knob = (typeof KNOBS)[number];
const DEFAULTS: Record<Knob, number> = { R: 3, S: 0, T: 5, P: 1, noise: 0.05, fine: 2, seed: 1 };

/** The fitted strategies played forward under payoffs the reader edits, with and without the regulation. */
export function SimulationPanel() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [draft, setDraft] = useState(DEFAULTS);
  const [asked, setAsked] = useState(DEFAULTS);
  const { R, S, T, P, noise, fine, seed } = asked;
  // Checked by the server, which names a bad value in the error shown below.
  const input = { payoffs: { R, S, T, P }, noise, fine, seed };
  const sim = useQuery(
    trpc.game.simulate.queryOptions(
      { pairs: DEFAULT_PAIRS, simulation: input },
      { placeholderData: (p) => p },
    ),
  );
  return (
    <section aria-labelledby="game-simulation">
      <h2 id="game-simulation">{t('game.simulation')}</h2>
      <p>{t('game.simulationIntro')}</p>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(draft);
        }}
      >
        {KNOBS.map((k) => (
          <Field key={k} label={t(`game.knob.${k}`)}>
            {(ids) => (
              <input
                {...ids}
                type="number"
                step="any"
                value={draft[k]}
                onChange={(e) => setDraft({ ...draft, [k]: Number(e.target.value) })}
              />
            )}
          </Field>
        ))}
        <button type="submit">{t('game.simulate')}</button>
      </form>
      <QueryState query={sim}>
        {(s) => (
          <Suspense fallback={<Loading />}>
            <SimulationChart
              simulation={s}
              label={t('game.simulationLabel')}
              names={{ with: t('game.withRegulation'), without: t('game.withoutRegulation') }}
            />
          </Suspense>
        )}
      </QueryState>
    </section>
  );
}
