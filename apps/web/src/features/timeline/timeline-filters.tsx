import { useTranslation } from 'react-i18next';
import { CAPABILITIES, CONFIDENCES, EVENT_KINDS } from '../../i18n/vocab-options';
import { ActorSelect } from '../../ui/actor-select';
import { VocabSelect } from '../../ui/vocab-select';
import type { FacetKey, Facets } from './facets';

interface Props {
  facets: Facets;
  onChange: (key: FacetKey, value: string) => void;
  onClear: () => void;
}

export function TimelineFilters({ facets, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const any = t('timeline.all');
  const active = Object.values(facets).some(Boolean);
  return (
    <form className="filters" aria-label={t('timeline.filters')} onSubmit={(e) => e.preventDefault()}>
      <ActorSelect
        label={t('timeline.actor')}
        value={facets.actor ?? ''}
        onChange={(v) => onChange('actor', v)}
        emptyLabel={any}
      />
      <VocabSelect
        label={t('timeline.capability')}
        group="capability"
        options={CAPABILITIES}
        value={facets.capability ?? ''}
        onChange={(v) => onChange('capability', v)}
        anyLabel={any}
      />
      <VocabSelect
        label={t('timeline.kind')}
        group="kind"
        options={EVENT_KINDS}
        value={facets.kind ?? ''}
        onChange={(v) => onChange('kind', v)}
        anyLabel={any}
      />
      <VocabSelect
        label={t('timeline.confidence')}
        group="confidence"
        options={CONFIDENCES}
        value={facets.confidence ?? ''}
        onChange={(v) => onChange('confidence', v)}
        anyLabel={any}
      />
      <button type="button" className="secondary" onClick={onClear} disabled={!active}>
        {t('timeline.clear')}
      </button>
    </form>
  );
}
