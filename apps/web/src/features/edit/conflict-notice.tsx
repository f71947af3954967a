import type { Revision } from '@hutong/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format-date';
import { useLang } from '../../i18n/use-lang';
import { useTRPC } from '../../trpc/trpc';

interface Props {
  /** The event the edit was for. */
  id: string;
  /** Its current revision, as the conflict named it (null: the latest). */
  current: number | null;
  onReload: (revision: Revision) => void;
}

/** A 409: someone else's revision came first. Shows it, and offers to redo the edit on top of it. */
export function ConflictNotice({ id, current, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const query = useQuery(
    trpc.revisions.list.queryOptions(
      current === null ? { entity: 'event', id } : { entity: 'event', id, after: current - 1, limit: 1 },
    ),
  );
  const revision = query.data?.at(-1);
  return (
    <div className="notice notice-error">
      <p>
        <strong>{t('edit.conflict')}</strong>
      </p>
      {revision ? (
        <p>
          {t('edit.conflictCurrent', {
            revision: revision.revision,
            at: formatDate(revision.recordedAt.slice(0, 10), 'day', lang),
            author: revision.author,
            reason: revision.reason,
          })}{' '}
          <Link to={`/events/${encodeURIComponent(id)}`}>{t('edit.view')}</Link>
        </p>
      ) : current !== null ? (
        <p>{t('edit.conflictNumber', { revision: current })}</p>
      ) : null}
      {revision?.body ? (
        <>
          <button type="button" onClick={() => onReload(revision)}>
            {t('edit.reload')}
          </button>
          <p className="help">{t('edit.reloadHelp')}</p>
        </>
      ) : null}
    </div>
  );
}
