import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readToken, writeToken } from '../../trpc/token';
import { Field } from '../../ui/field';

interface Props {
  /** Why the server refused the token, when it did. */
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** A new token answers the server's refusal of the old one. */
  onChange?: () => void;
}

/**
 * The editor token, kept in this tab's session storage, where the app's client reads it for the
 * `authorization` header of every request it sends.
 */
export function TokenField({ error, inputRef, onChange }: Props) {
  const { t } = useTranslation();
  const [token, setToken] = useState(() => readToken() ?? '');
  return (
    <div className="filters">
      <Field label={t('edit.token')} help={t('edit.tokenHelp')} error={error}>
        {(ids) => (
          <input
            {...ids}
            ref={inputRef}
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => {
              setToken(e.target.value);
              writeToken(e.target.value.trim() || null);
              onChange?.();
            }}
          />
        )}
      </Field>
    </div>
  );
}
