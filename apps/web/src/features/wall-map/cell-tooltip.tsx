import type { WallCell } from '@hutong/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date';
import { useLang } from '../../i18n/use-lang';
import { StatusBadge } from '../../ui/status-badge';

export interface TooltipAnchor {
  title: string;
  cell: WallCell;
  rect: { left: number; top: number; width: number };
}

/** Status and since-when beside the hovered or focused cell (the cell's own label says the same to screen readers). */
export function CellTooltip({ anchor }: { anchor: TooltipAnchor | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!anchor) return null;
  const { cell, rect } = anchor;
  return (
    <div
      className="cell-tooltip"
      aria-hidden="true"
      style={{ left: rect.left + rect.width + 8, top: rect.top }}
    >
      <strong>{anchor.title}</strong>
      {cell.self ? (
        <span>{t('wall.self')}</span>
      ) : (
        <>
          <StatusBadge status={cell.status} />
          {cell.status !== 'unknown' ? (
            <span>
              {cell.since
                ? t('wall.since', { date: formatDate(cell.since, 'day', lang) })
                : t('wall.sinceUnknown')}
            </span>
          ) : null}
        </>
      )}
    </div>
  );
}
