import { useTranslation } from 'react-i18next';
import { useVocab } from '../../i18n/use-vocab';
import { STATUSES } from '../../i18n/vocab-options';
import { STATUS_GLYPH } from '../../ui/status-badge';

/** What each colour and glyph means. */
export function WallLegend() {
  const { t } = useTranslation();
  const vocab = useVocab();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('wall.legend')}</h2>
      {/* Each line is a word and its explanation: the legend explains itself. */}
      <ul data-explained>
        {STATUSES.map((s) => (
          <li key={s}>
            <span className={`swatch s-${s}`} aria-hidden="true">
              {STATUS_GLYPH[s]}
            </span>
            <strong>{vocab('status', s)}</strong> — {vocab('statusHelp', s)}
          </li>
        ))}
        <li>
          <span className="swatch s-self" aria-hidden="true" />
          {t('wall.self')}
        </li>
        {(['inherited', 'inferred', 'uncertain'] as const).map((m) => (
          <li key={m} data-legend={m}>
            <span className={`swatch s-unknown s-${m}`} aria-hidden="true" />
            <strong>{t(`wall.mark.${m}`)}</strong> — {t(`wall.markHelp.${m}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
