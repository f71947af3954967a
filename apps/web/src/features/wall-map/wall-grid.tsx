import type { WallCell } from '@hutong/domain';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campKey, campLabels } from './camp-labels';
import { moveInGrid } from './grid-keys';
import { type GridHandlers, GridStructure } from './grid-structure';
import type { LabelOf } from './use-cell-labels';
import { useCellPainter } from './use-cell-painter';

export interface Axis {
  id: string;
  label: string;
  /** The camp: the top-level company that owns it (itself for a company). */
  camp: string;
  campLabel: string;
}

interface Props {
  rows: readonly Axis[];
  cols: readonly Axis[];
  cells: readonly WallCell[];
  labelOf: LabelOf;
  caption: string;
  /** A cell is hovered or focused (null: the pointer or focus left the grid). */
  onInspect: (index: number | null, element: HTMLElement | null) => void;
  onOpen: (index: number) => void;
}

const hitOf = (target: EventTarget | null) => {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-i]') : null;
  return el ? { index: Number(el.dataset.i), el } : null;
};

/**
 * Hosts × targets as an ARIA grid: one tab stop, arrow keys between cells, Enter or a click explains.
 * A new date re-renders nothing here but the painter: the structure below only changes with the axes.
 */
export const WallGrid = memo(function WallGrid({
  rows,
  cols,
  cells,
  labelOf,
  caption,
  onInspect,
  onOpen,
}: Props) {
  const [active, setActive] = useState(0);
  const table = useRef<HTMLTableElement>(null);
  const moved = useRef(false);
  const latest = useRef({ cells, onInspect, onOpen, rows: rows.length, cols: cols.length });
  latest.current = { cells, onInspect, onOpen, rows: rows.length, cols: cols.length };
  const structure = useMemo(() => ({ rows, cols }), [rows, cols]);
  useCellPainter(table, cells, labelOf, structure);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    table.current?.querySelector<HTMLElement>(`[data-i="${active}"]`)?.focus();
  }, [active]);
  const open = useCallback((index: number) => {
    if (!latest.current.cells[index]?.self) latest.current.onOpen(index);
  }, []);
  const handlers = useMemo<GridHandlers>(
    () => ({
      onKeyDown: (e) => {
        const hit = hitOf(e.target);
        if (!hit) return;
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          return open(hit.index);
        }
        const { rows: r, cols: c } = latest.current;
        const next = moveInGrid(e.key, hit.index, r, c, e.ctrlKey || e.metaKey);
        if (next === null) return;
        e.preventDefault();
        moved.current = true;
        setActive(next);
      },
      onClick: (e) => {
        const hit = hitOf(e.target);
        if (!hit) return;
        setActive(hit.index);
        open(hit.index);
      },
      onMouseOver: (e) => {
        const hit = hitOf(e.target);
        if (hit) latest.current.onInspect(hit.index, hit.el);
      },
      onFocus: (e) => {
        const hit = hitOf(e.target);
        if (hit) latest.current.onInspect(hit.index, hit.el);
      },
      onMouseLeave: () => latest.current.onInspect(null, null),
      onBlur: (e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) latest.current.onInspect(null, null);
      },
    }),
    [open],
  );
  return (
    <>
      <div className="wall-scroll">
        <GridStructure
          tableRef={table}
          rows={rows}
          cols={cols}
          active={active}
          caption={caption}
          handlers={handlers}
        />
      </div>
      <CampKey rows={rows} cols={cols} />
    </>
  );
});

/** The camps shortened in the headers, spelled out: "Ba Baidu · Bi Bilibili · By ByteDance". */
function CampKey({ rows, cols }: { rows: readonly Axis[]; cols: readonly Axis[] }) {
  const { t } = useTranslation();
  const key = campKey(
    campLabels(
      cols,
      rows.map((r) => r.campLabel),
    ),
    campLabels(
      rows,
      cols.map((c) => c.campLabel),
    ),
  );
  if (!key.length) return null;
  return (
    <p className="help camp-key" data-testid="camp-key">
      {t('wall.campKey')}{' '}
      {key.map((k, i) => (
        <span key={k.name}>
          {i ? ' · ' : ''}
          <abbr title={k.name}>{k.shown}</abbr> {k.name}
        </span>
      ))}
    </p>
  );
}
