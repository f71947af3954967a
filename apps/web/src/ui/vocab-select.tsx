import { useVocab, type VocabGroup } from '../i18n/use-vocab';
import { Field } from './field';

interface Props<V extends string> {
  label: string;
  group: VocabGroup;
  options: readonly V[];
  value: V | '';
  onChange: (value: V | '') => void;
  /** When given, an extra first option meaning "any". */
  anyLabel?: string;
  error?: string;
}

/** A select over one of the ledger's vocabularies, labelled in the current language. */
export function VocabSelect<V extends string>({
  label,
  group,
  options,
  value,
  onChange,
  anyLabel,
  error,
}: Props<V>) {
  const vocab = useVocab();
  return (
    <Field label={label} error={error}>
      {(ids) => (
        <select {...ids} value={value} onChange={(e) => onChange(e.target.value as V | '')}>
          {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
          {options.map((o) => (
            <option key={o} value={o}>
              {vocab(group, o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
