import type { RouterOutputs } from '@hutong/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format-date';
import { useLang, useLocalized } from '../../i18n/use-lang';

type Regulation = RouterOutputs['regulations']['list'][number];

/** Four weeks past a deadline: a date on which what a regulation forbids and still stands shows. */
export const weeksAfter = (iso: string, weeks = 4) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + weeks * 7 * 86_400_000).toISOString().slice(0, 10);

/** Each regulation the check holds hosts to, its deadline, and a link to a date just past it. */
export function DeadlineLinks({ regulations, at }: { regulations: readonly Regulation[]; at: string }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const lang = useLang();
  return (
    <ul className="plain deadline-links">
      {regulations.map((r) => {
        const date = weeksAfter(r.deadline);
        return (
          <li key={r.id}>
            {t('compliance.deadlineOf', {
              title: l(r.title),
              deadline: formatDate(r.deadline, 'day', lang),
            })}{' '}
            {/* A rule the check does not hold hosts to has no breaches to show. */}
            {date !== at && (r.scope || !r.unchecked) ? (
              <Link to={`?at=${date}`}>
                {t('compliance.tryDate', { date: formatDate(date, 'day', lang) })}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
