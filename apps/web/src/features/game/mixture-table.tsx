import type { RouterOutputs } from '@hutong/client';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table';

type Fit = RouterOutputs['game']['report']['fit'];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A fitted mixture: each strategy's weight with its bootstrap interval, the tremble, the sample. */
export function MixtureTable({ fit, title }: { fit: Fit; title: string }) {
  const { t } = useTranslation();
  if (fit.sample.moves === 0)
    return (
      <section>
        <h3>{title}</h3>
        <p className="notice notice-empty">{t('game.noFit')}</p>
      </section>
    );
  return (
    <section>
      <h3>{title}</h3>
      <DataTable columns={[t('game.strategy'), t('game.weight'), t('game.interval')]}>
        {fit.weights.map((w) => (
          <tr key={w.strategy}>
            <td>{w.strategy.toUpperCase()}</td>
            <td>{pct(w.value)}</td>
            <td>
              {pct(w.low)} … {pct(w.high)}
            </td>
          </tr>
        ))}
        <tr>
          <td>{t('game.tremble')}</td>
          <td>{pct(fit.tremble.value)}</td>
          <td>
            {pct(fit.tremble.low)} … {pct(fit.tremble.high)}
          </td>
        </tr>
      </DataTable>
      <p>{t('game.sample', { ...fit.sample, ll: fit.logLikelihood.toFixed(2) })}</p>
    </section>
  );
}
