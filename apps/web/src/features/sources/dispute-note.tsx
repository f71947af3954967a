import { useTranslation } from 'react-i18next';
import { NumberedText } from './numbered-text';

/** "Disputed — 002 says …": each source number the curator wrote links to that source's page. */
export function DisputeNote({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <p className="marker marker-disputed">
      {t('timeline.disputedLabel')} <NumberedText text={text} />
    </p>
  );
}
