import type { RouterOutputs } from '@hutong/client';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table';

type Backtest = RouterOutputs['game']['report']['backtest'];

/** Mean log-loss of the fitted mixture, persistence and always-defect, and the plain verdict. */
export function BacktestTable({ backtest: b }: { backtest: Backtest }) {
  const { t } = useTranslation();
  const rows = [
    ['fitted', b.logLoss.model],
    ['persistence', b.logLoss.persistence],
    ['alwaysDefect', b.logLoss.alwaysDefect],
  ] as const;
  return (
    <section aria-labelledby="game-backtest">
      <h2 id="game-backtest">{t('game.backtest', { cutoff: b.cutoff, n: b.rows.length })}</h2>
      {b.untestable ? (
        <p className="notice notice-empty">{t('game.untestable')}</p>
      ) : (
        <>
          <DataTable columns={[t('game.model'), t('game.logLoss')]}>
            {rows.map(([key, x]) => (
              <tr key={key}>
                <td>{t(`game.${key}`)}</td>
                <td data-testid={`log-loss-${key}`}>{x.toFixed(4)}</td>
              </tr>
            ))}
          </DataTable>
          <p className="notice">
            <strong>{b.beatsPersistence ? t('game.beats') : t('game.doesNotBeat')}</strong>
          </p>
        </>
      )}
    </section>
  );
}
