import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { splitByNumbers } from './source-citations';
import { useSources } from './use-sources';

/** A curator's text in which each source number ("002 says …") links to that source's page. */
export function NumberedText({ text }: { text: string }) {
  const { t } = useTranslation();
  const { byNumber } = useSources();
  return (
    <>
      {splitByNumbers(text, byNumber).map((p, i) =>
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
    </>
  );
}
