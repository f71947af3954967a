import { type FocusEvent, type KeyboardEvent, type MouseEvent, memo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Axis } from './wall-grid';

export interface GridHandlers {
  onKeyDown: (e: KeyboardEvent<HTMLTableElement>) => void;
  onClick: (e: MouseEvent<HTMLTableElement>) => void;
  onMouseOver: (e: MouseEvent<HTMLTableElement>) => void;
  onFocus: (e: FocusEvent<HTMLTableElement>) => void;
  onMouseLeave: () => void;
  onBlur: (e: FocusEvent<HTMLTableElement>) => void;
}

interface Props {
  tableRef: RefObject<HTMLTableElement | null>;
  rows: readonly Axis[];
  cols: readonly Axis[];
  active: number;
  caption: string;
  handlers: GridHandlers;
}

/** The table's rows, columns and empty cells; their status and name are painted by useCellPainter. */
export const GridStructure = memo(function GridStructure({
  tableRef,
  rows,
  cols,
  active,
  caption,
  handlers,
}: Props) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table with role grid is the ARIA grid pattern (APG "data grid")
    <table ref={tableRef} role="grid" aria-label={caption} className="wall-grid" {...handlers}>
      <thead>
        <tr>
          <td className="corner">{t('wall.hosts')}</td>
          {cols.map((c) => (
            <th key={c.id} scope="col">
              <span className="col-label">{c.label}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, ri) => (
          <tr key={r.id}>
            <th scope="row">{r.label}</th>
            {cols.map((c, ci) => {
              const i = ri * cols.length + ci;
              return (
                <td
                  key={c.id}
                  // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: cells of an ARIA grid are gridcells
                  role="gridcell"
                  className="cell"
                  data-i={i}
                  data-cell={`${r.id}|${c.id}`}
                  tabIndex={i === active ? 0 : -1}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
