import { useTranslation } from 'react-i18next';
import { Term } from '../../ui/term';
import { NumberedText } from './numbered-text';

/** "Disputed — 002 says …": each source number the curator wrote links to that source's page. */
export function DisputeNote({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <p className="marker marker-disputed">
      <Term group="term" id="disputed">
        {t('timeline.disputedLabel')}
      </Term>{' '}
      <span className="marker-note">
        <NumberedText text={text} />
      </span>
    </p>
  );
}
