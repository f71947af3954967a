import { ActorKind } from '@hutong/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPABILITIES, SURFACES } from '../../i18n/vocab-options';
import { ActorSelect } from '../../ui/actor-select';
import { useDateHelp } from '../../ui/date-field';
import { DateInput } from '../../ui/date-input';
import { Field } from '../../ui/field';
import { useCheckedSubmit } from '../../ui/use-checked-submit';
import { VocabSelect } from '../../ui/vocab-select';
import { checkQuestion, type AskForm as Form } from './ask-params';

// A regulator rules on platforms; it hosts no links, payments or mini programs of its own.
const HOST_KINDS = ActorKind.options.filter((k) => k !== 'regulator');

/** The fields chosen from a vocabulary, in the form's order; each is named after its vocabulary. */
const VOCAB_FIELDS = [
  ['surface', SURFACES],
  ['capability', CAPABILITIES],
] as const;

interface Props {
  initial: Form;
  /** Errors from the server, keyed by field, shown where the client's own would be. */
  serverErrors: Record<string, string>;
  onAsk: (form: Form) => void;
}

export function AskForm({ initial, serverErrors, onAsk }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const dateHelp = useDateHelp();
  const { errors, onSubmit } = useCheckedSubmit(
    () => checkQuestion(form),
    (checked) => {
      if (checked.ok) onAsk(form);
    },
  );
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const shown = { ...serverErrors, ...errors };
  return (
    <form className="ask-form" noValidate onSubmit={onSubmit}>
      <ActorSelect
        label={t('ask.host')}
        value={form.host}
        onChange={set('host')}
        error={shown.host}
        kinds={HOST_KINDS}
      />
      {VOCAB_FIELDS.map(([key, options]) => (
        <VocabSelect<string>
          key={key}
          label={t(`ask.${key}`)}
          group={key}
          options={options}
          value={form[key]}
          onChange={set(key)}
          error={shown[key]}
        />
      ))}
      <ActorSelect
        label={t('ask.target')}
        value={form.target}
        onChange={set('target')}
        emptyLabel={t('ask.chooseTarget')}
        error={form.url ? undefined : shown.target}
      />
      <Field
        label={t('ask.url')}
        help={t('ask.urlHelp')}
        error={shown.url ?? (form.url ? shown.target : undefined)}
        className="field-wide"
      >
        {(ids) => (
          <input
            {...ids}
            name="url"
            type="url"
            inputMode="url"
            value={form.url}
            onChange={(e) => set('url')(e.target.value)}
            placeholder="https://"
          />
        )}
      </Field>
      <Field label={t('ask.at')} error={shown.at} help={dateHelp(form.at)}>
        {(ids) => <DateInput ids={ids} name="at" value={form.at} onChange={set('at')} />}
      </Field>
      <div className="actions">
        <button type="submit">{t('ask.submit')}</button>
      </div>
    </form>
  );
}
