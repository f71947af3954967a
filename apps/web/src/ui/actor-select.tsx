import { useTranslation } from 'react-i18next';
import { useActors } from '../features/actors/use-actors';
import { Field } from './field';

interface Props {
  label: string;
  value: string;
  onChange: (id: string) => void;
  /** When given, an extra first option (empty value): "any" in filters, "choose…" in forms. */
  emptyLabel?: string;
  error?: string;
  kinds?: readonly string[];
}

export function ActorSelect({ label, value, onChange, emptyLabel, error, kinds }: Props) {
  const { t } = useTranslation();
  const { actors, name } = useActors();
  const shown = kinds ? actors.filter((a) => kinds.includes(a.kind)) : actors;
  // An id the ledger does not know stays visible as itself, never shown as some other actor.
  const stranger = value && actors.length && !shown.some((a) => a.id === value) ? value : null;
  return (
    <Field label={label} error={error}>
      {(ids) => (
        <select {...ids} value={value} onChange={(e) => onChange(e.target.value)}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {stranger ? <option value={stranger}>{t('state.unknownId', { id: stranger })}</option> : null}
          {shown.map((a) => (
            <option key={a.id} value={a.id}>
              {name(a.id)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
