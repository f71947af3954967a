import { useTranslation } from 'react-i18next';
import { ActorSelect } from '../../ui/actor-select';
import { VocabSelect } from '../../ui/vocab-select';
import { FACET_OPTIONS, type FacetKey, type Facets, VOCAB_FACETS } from './facets';

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
      {VOCAB_FACETS.map((key) => (
        <VocabSelect
          key={key}
          label={t(`timeline.${key}`)}
          group={key}
          options={FACET_OPTIONS[key]}
          value={facets[key] ?? ''}
          onChange={(v) => onChange(key, v)}
          anyLabel={any}
        />
      ))}
      <button type="button" className="secondary" onClick={onClear} disabled={!active}>
        {t('timeline.clear')}
      </button>
    </form>
  );
}
