import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long "updated" stays in view after the latest revision arrives. */
const SHOWN_MS = 8000;

/**
 * A quiet note in the header when a revision recorded elsewhere reached this page. The live region
 * stays mounted so screen readers announce each update; the text clears after a few seconds.
 */
export function LiveIndicator({ revision }: { revision: number | null }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<number | null>(null);
  useEffect(() => {
    if (revision === null) return;
    setShown(revision);
    const timer = setTimeout(() => setShown(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [revision]);
  return (
    <p className="live-indicator" role="status" title={shown === null ? undefined : t('live.updatedHelp')}>
      {shown === null ? null : (
        <>
          <span className="live-dot" aria-hidden="true" /> {t('live.updated', { revision: shown })}
        </>
      )}
    </p>
  );
}
