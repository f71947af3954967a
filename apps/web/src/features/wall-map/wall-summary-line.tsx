import type { DecidedStatus } from '@hutong/domain';
import type { WallSummary } from '@hutong/domain/plain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date';
import { useLang } from '../../i18n/use-lang';
import { useVocab } from '../../i18n/use-vocab';
import { Term } from '../../ui/term';

interface Props {
  summary: WallSummary;
  at: string;
  surface: string;
  hidden: number;
  name: (id: string) => string;
}

/** "On 1 Dec 2021, WeChat blocks 9 of 12 Alibaba platforms on group chat", then the totals. */
export function WallSummaryLine({ summary: { top, counts }, at, surface, hidden, name }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const vocab = useVocab();
  const date = formatDate(at, 'day', lang);
  return (
    <p className="wall-summary" data-testid="wall-summary">
      <strong>
        {top
          ? t('wall.summary.top', {
              date,
              host: name(top.host),
              count: top.blocked,
              total: top.total,
              camp: name(top.camp),
              surface,
            })
          : t('wall.summary.none', { date, surface })}
        {top?.inherited ? (
          <>
            {t('wall.summary.inheritedBefore', { count: top.inherited })}
            <Term group="basis" id="inherited">
              {t('wall.mark.inherited')}
            </Term>
            {t('wall.summary.inheritedAfter')}
          </>
        ) : null}
        {t('wall.summary.end')}
      </strong>{' '}
      {(Object.entries(counts) as [DecidedStatus, number][])
        .filter(([, n]) => n > 0)
        .map(([status, n], i) => (
          <span key={status}>
            {i ? ' · ' : ''}
            {n}{' '}
            <Term group="status" id={status}>
              {vocab('status', status)}
            </Term>
          </span>
        ))}
      .{hidden ? ` ${t('wall.summary.hidden', { count: hidden })}` : ''}
    </p>
  );
}
