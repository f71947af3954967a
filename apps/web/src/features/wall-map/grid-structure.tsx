import {
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  memo,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { type CampLabel, campLabels } from './camp-labels';
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
  const colCamps = campLabels(
    cols,
    rows.map((r) => r.campLabel),
  );
  const rowCamps = new Map(
    campLabels(
      rows,
      cols.map((c) => c.campLabel),
    ).map((s) => [s.start, s]),
  );
  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table with role grid is the ARIA grid pattern (APG "data grid")
    <table ref={tableRef} role="grid" aria-label={caption} className="wall-grid" {...handlers}>
      <thead>
        <tr className="camp-row">
          <td className="corner" colSpan={2} rowSpan={2}>
            {t('wall.hosts')}
          </td>
          {colCamps.map((s) => (
            <th key={s.start} scope="colgroup" colSpan={s.count} className="camp" data-camp={s.camp}>
              <CampName label={s} />
            </th>
          ))}
        </tr>
        <tr>
          {cols.map((c, ci) => (
            <th key={c.id} scope="col" className={campBoundary(cols, ci) ? 'camp-start' : undefined}>
              <span className="col-label">{c.label}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, ri) => {
          const camp = rowCamps.get(ri);
          return (
            <tr key={r.id} className={camp ? 'camp-start' : undefined}>
              {camp ? (
                <th scope="rowgroup" rowSpan={camp.count} className="camp" data-camp={camp.camp}>
                  <CampName label={camp} />
                </th>
              ) : null}
              <th scope="row">{r.label}</th>
              {cols.map((c, ci) => {
                const i = ri * cols.length + ci;
                return (
                  <td
                    key={c.id}
                    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: cells of an ARIA grid are gridcells
                    role="gridcell"
                    className={campBoundary(cols, ci) ? 'cell camp-start' : 'cell'}
                    data-i={i}
                    data-cell={`${r.id}|${c.id}`}
                    tabIndex={i === active ? 0 : -1}
                  />
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});

/** A camp's label is as long as its cells, never longer: it must not widen a column or heighten a row. */
const span = (count: number) => ({ '--span': count }) as CSSProperties;

/** The first column of a camp after another, where a divider goes. */
const campBoundary = (axes: readonly Axis[], i: number) => i > 0 && axes[i - 1]!.camp !== axes[i]!.camp;

/** A camp's header: whole, or abbreviated with its name in the tooltip and, for a screen reader, in full. */
function CampName({ label }: { label: CampLabel }) {
  const cut = label.shown !== label.name;
  return (
    <>
      <span
        className="camp-label"
        style={span(label.count)}
        title={label.name}
        aria-hidden={cut || undefined}
      >
        {label.shown}
      </span>
      {cut ? <span className="visually-hidden">{label.name}</span> : null}
    </>
  );
}
