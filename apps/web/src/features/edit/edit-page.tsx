import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readToken, writeToken } from '../../trpc/token';
import { Field } from '../../ui/field';
import { PageHeader } from '../../ui/page-header';
import { EventForm } from './event-form';

/**
 * Recording needs an edit procedure on the server, which the API does not have yet; until then
 * the form checks an event with the domain schemas and says plainly that it cannot be recorded.
 */
export function EditPage() {
  const { t } = useTranslation();
  const [token, setToken] = useState(() => readToken() ?? '');
  return (
    <>
      <PageHeader title={t('edit.title')} intro={t('edit.intro')} />
      <p className="notice notice-empty" role="note">
        {t('edit.unavailable')}
      </p>
      <div className="filters">
        <Field label={t('edit.token')} help={t('edit.tokenHelp')}>
          {(ids) => (
            <input
              {...ids}
              type="password"
              autoComplete="off"
              value={token}
              onChange={(e) => {
                setToken(e.target.value);
                writeToken(e.target.value || null);
              }}
            />
          )}
        </Field>
      </div>
      <EventForm serverErrors={{}} onValid={() => {}} />
    </>
  );
}
