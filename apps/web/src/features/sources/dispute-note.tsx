import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { splitByNumbers } from './source-citations';
import { useSources } from './use-sources';

/** "Disputed — 002 says …": each source number the curator wrote links to that source's page. */
export function DisputeNote({ text }: { text: string }) {
  const { t } = useTranslation();
  const { byNumber } = useSources();
  const parts = splitByNumbers(text, byNumber);
  return (
    <p className="marker marker-disputed">
      {t('timeline.disputedLabel')}{' '}
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <Link
            key={`${i}-${p.number}`}
            to={`/sources/${encodeURIComponent(p.source.id)}`}
            aria-label={t('sources.numbered', { number: p.number, title: p.source.publisher })}
            title={`${p.source.publisher}, ${p.source.date}`}
          >
            {p.number}
          </Link>
        ),
      )}
    </p>
  );
}
