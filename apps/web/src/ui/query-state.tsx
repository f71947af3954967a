import { readError } from '@hutong/client';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../trpc/errors';
import { RecordLink } from './record-link';

interface Props<T, E> {
  query: UseQueryResult<T, E>;
  /** Whether the loaded data counts as empty (then `empty` is shown instead of `children`). */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, error and empty states in one place, so no view is ever blank. */
export function QueryState<T, E>({ query, isEmpty, empty, children }: Props<T, E>) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    const { code, suggestions } = readError(query.error);
    // An unknown id is no passing failure: say so, link the closest records, offer no retry.
    if (code === 'NOT_FOUND') return <NotInLedger error={query.error} suggestions={suggestions} />;
    return <ErrorNotice error={query.error} retry={() => void query.refetch()} />;
  }
  if (isEmpty?.(query.data)) return <p className="notice notice-empty">{empty}</p>;
  return <>{children(query.data)}</>;
}

export function ErrorNotice({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{t('state.error')}</strong>: {errorMessage(error)}
      </p>
      {retry ? (
        <button type="button" onClick={retry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
}

function NotInLedger({ error, suggestions }: { error: unknown; suggestions: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{t('state.notInLedger')}</strong>: {errorMessage(error).split(' — did you mean')[0]}
      </p>
      {suggestions.length ? (
        <>
          <p>{t('state.didYouMean')}</p>
          <ul>
            {suggestions.map((id) => (
              <li key={id}>
                <RecordLink id={id} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t('state.loading')}
    </p>
  );
}
