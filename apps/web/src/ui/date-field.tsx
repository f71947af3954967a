import { IsoDate } from '@hutong/domain';
import { useEffect, useState } from 'react';
import { Field } from './field';

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
  useEffect(() => setDraft(value), [value]);
  return (
    <Field label={label} error={error}>
      {(ids) => (
        <input
          {...ids}
          // Text, not type="date": the browser would show its locale's mm/dd/yyyy beside the page's
          // own dates; every face reads and writes YYYY-MM-DD.
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          pattern={'\\d{4}-\\d{2}-\\d{2}'}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            const parsed = IsoDate.safeParse(e.target.value);
            setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
            if (parsed.success) onChange(parsed.data);
          }}
        />
      )}
    </Field>
  );
}
