import { type FormEvent, useState } from 'react';

type Checked = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * A form checked on the client before anything is sent: submitting runs `check`, keeps its errors
 * (keyed by field) until the next submit, and hands the result on.
 */
export function useCheckedSubmit<C extends Checked>(check: () => C, onChecked: (checked: C) => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const checked = check();
    const result: Checked = checked;
    setErrors(result.ok ? {} : result.errors);
    onChecked(checked);
  };
  return { errors, onSubmit };
}
