import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** What a route shows when its code fails to load or throws while rendering. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="notice notice-error" role="alert">
      <h1>{t('state.error')}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">{t('state.home')}</Link>
      </p>
    </div>
  );
}
