import { WALL_LEGEND } from '@hutong/domain/plain';
import { useTranslation } from 'react-i18next';
import { useVocab } from '../../i18n/use-vocab';
import { STATUS_GLYPH } from '../../ui/status-badge';

/** What each colour and glyph means: the domain's wall legend entries, each drawn as the grid draws it. */
export function WallLegend() {
  const { t } = useTranslation();
  const vocab = useVocab();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('wall.legend')}</h2>
      {/* Each line is a word and its explanation: the legend explains itself. */}
      <ul data-explained>
        {WALL_LEGEND.map((e) =>
          e.kind === 'status' ? (
            <li key={e.id}>
              <span className={`swatch s-${e.id}`} aria-hidden="true">
                {STATUS_GLYPH[e.id]}
              </span>
              <strong>{vocab('status', e.id)}</strong> — {vocab('statusHelp', e.id)}
            </li>
          ) : e.id === 'self' ? (
            <li key={e.id}>
              <span className="swatch s-self" aria-hidden="true" />
              {t('wall.self')}
            </li>
          ) : (
            // The mark's help says how the grid draws it (a frame, hatching), which only the web knows.
            <li key={e.id} data-legend={e.id}>
              <span className={`swatch s-unknown s-${e.id}`} aria-hidden="true" />
              <strong>{t(`wall.mark.${e.id}`)}</strong> — {t(`wall.markHelp.${e.id}`)}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
