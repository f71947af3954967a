import { useTranslation } from 'react-i18next';
import { useVocab } from '../../i18n/use-vocab';
import { CAPABILITIES, STATUSES, SURFACES } from '../../i18n/vocab-options';
import { DraftInput } from './draft-input';

interface Props {
  index: number;
  fields: Record<string, string>;
  errors: Record<string, string>;
  onChange: (name: string, value: string) => void;
  onRemove?: () => void;
}

/** One policy change of the event being recorded. */
export function ChangeFields({ index, fields, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const key = (k: string) => `changes.${index}.${k}`;
  const input = (k: string, label: string, extra: Partial<Parameters<typeof DraftInput>[0]> = {}) => (
    <DraftInput
      name={key(k)}
      label={label}
      value={fields[key(k)]}
      error={errors[key(k)]}
      onChange={onChange}
      {...extra}
    />
  );
  const options = (group: 'surface' | 'capability' | 'status' | 'coverage', ids: readonly string[]) =>
    ids.map((id) => ({ value: id, label: vocab(group, id) }));
  return (
    <fieldset className="edit-group">
      <legend>{t('edit.change', { n: index + 1 })}</legend>
      {input('host', t('edit.host'))}
      {input('surface', t('edit.surface'), { options: options('surface', SURFACES) })}
      {input('capability', t('edit.capability'), { options: options('capability', CAPABILITIES) })}
      {input('target', t('edit.target'))}
      {input('status', t('edit.status'), {
        options: options(
          'status',
          STATUSES.filter((s) => s !== 'unknown'),
        ),
      })}
      {input('coverage', t('edit.coverage'), { options: options('coverage', ['all', 'trial', 'some']) })}
      {input('friction', t('edit.friction'), { help: t('edit.listHelp') })}
      {onRemove ? (
        <button type="button" className="secondary" onClick={onRemove}>
          {t('edit.remove')}
        </button>
      ) : null}
    </fieldset>
  );
}
