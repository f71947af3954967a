import type { WallCell } from '@hutong/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date';
import { useLang } from '../../i18n/use-lang';
import { useVocab } from '../../i18n/use-vocab';
import type { Axis } from './wall-grid';

export type LabelOf = (index: number, cell: WallCell) => string;

/**
 * A cell's accessible name ("WeChat → Taobao: blocked, since 1 Nov 2013"). Translations are looked up
 * once per status and per date, not once per cell, and the grid asks only for cells that changed.
 */
export function useCellLabels(rows: readonly Axis[], cols: readonly Axis[]): LabelOf {
  const { t } = useTranslation();
  const vocab = useVocab();
  const lang = useLang();
  return useMemo(() => {
    const self = t('wall.self');
    const unknownSince = t('wall.sinceUnknown');
    const sinceTemplate = t('wall.since', { date: '\u0000' });
    const marks = {
      inherited: t('wall.mark.inherited'),
      inferred: t('wall.mark.inferred'),
      uncertain: t('wall.mark.uncertain'),
    };
    const statusText = new Map<string, string>();
    const sinceText = new Map<string, string>();
    return (i: number, cell: WallCell) => {
      const head = `${rows[Math.floor(i / cols.length)]?.label} → ${cols[i % cols.length]?.label}: `;
      if (cell.self) return head + self;
      let status = statusText.get(cell.status);
      if (status === undefined) {
        status = vocab('status', cell.status);
        statusText.set(cell.status, status);
      }
      if (cell.status === 'unknown') return head + status;
      const key = cell.since ?? '';
      let since = sinceText.get(key);
      if (since === undefined) {
        since = cell.since
          ? sinceTemplate.replace('\u0000', formatDate(cell.since, 'day', lang))
          : unknownSince;
        sinceText.set(key, since);
      }
      let sure = '';
      if (cell.basis === 'inherited' || cell.basis === 'inferred') sure += `, ${marks[cell.basis]}`;
      if (cell.uncertain) sure += `, ${marks.uncertain}`;
      if (cell.rest) sure += `, ${t('wall.restLabel', { status: vocab('status', cell.rest) })}`;
      return `${head}${status}, ${since}${sure}`;
    };
  }, [rows, cols, t, vocab, lang]);
}
