import type { Revision } from '@hutong/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictNotice } from './conflict-notice';
import type { SaveProblem } from './save-problem';

interface Props {
  id: string;
  pending: boolean;
  saved: readonly Revision[] | undefined;
  problem: SaveProblem | null;
  onReload: (revision: Revision) => void;
}

/** What became of the edit: sending, recorded (with a link to the event), or why the server refused it. */
export function SaveOutcome({ id, pending, saved, problem, onReload }: Props) {
  const { t } = useTranslation();
  if (pending) return <p>{t('edit.saving')}</p>;
  if (saved?.length) {
    const first = saved[0]!.revision;
    const last = saved.at(-1)!.revision;
    return (
      <p className="notice">
        {first === last ? t('edit.saved', { revision: first }) : t('edit.savedMany', { first, last })}{' '}
        <Link to={`/events/${encodeURIComponent(saved[0]!.id)}`}>{t('edit.view')}</Link>
      </p>
    );
  }
  if (!problem) return null;
  switch (problem.kind) {
    case 'token':
      return <p className="error">{t('edit.tokenProblem')}</p>;
    case 'conflict':
      return <ConflictNotice id={id} current={problem.current} onReload={onReload} />;
    case 'fields':
      return (
        <div className="error">
          <p>{t('edit.serverInvalid')}</p>
          {problem.unplaced.length ? (
            <ul>
              {problem.unplaced.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </div>
      );
    case 'failed':
      return <p className="notice notice-error">{t('edit.failed', { message: problem.message })}</p>;
  }
}
