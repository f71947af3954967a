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
          type="date"
          value={draft}
          min="2010-01-01"
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
