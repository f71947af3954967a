import { IsoDate } from '@hutong/domain';
import { useEffect, useState } from 'react';
import { formatDate } from '../i18n/format-date';
import { useLang } from '../i18n/use-lang';
import { DateInput } from './date-input';
import { Field } from './field';

/** The day a valid YYYY-MM-DD names, written as the page writes dates ("15 Oct 2021"), for a field's help. */
export function useDateHelp() {
  const lang = useLang();
  return (text: string) => (IsoDate.safeParse(text).success ? formatDate(text, 'day', lang) : undefined);
}

/** A date input that only reports dates the domain accepts, and says why it rejects the rest. */
export function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string>();
  const help = useDateHelp();
  useEffect(() => setDraft(value), [value]);
  return (
    <Field label={label} error={error} help={help(draft)}>
      {(ids) => (
        <DateInput
          ids={ids}
          value={draft}
          onChange={(text) => {
            setDraft(text);
            const parsed = IsoDate.safeParse(text);
            setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
            if (parsed.success) onChange(parsed.data);
          }}
        />
      )}
    </Field>
  );
}
