import type { WallCell } from '@hutong/domain';
import { useCallback, useState } from 'react';
import { CellTooltip, type TooltipAnchor } from './cell-tooltip';
import { useCellLabels } from './use-cell-labels';
import { type Axis, WallGrid } from './wall-grid';

interface Props {
  rows: readonly Axis[];
  cols: readonly Axis[];
  cells: readonly WallCell[];
  caption: string;
  onOpen: (row: number, col: number) => void;
}

/** The grid with its hover/focus tooltip; what a slider step re-renders. */
export function WallBoard({ rows, cols, cells, caption, onOpen }: Props) {
  const labelOf = useCellLabels(rows, cols);
  const [hover, setHover] = useState<{ index: number; rect: TooltipAnchor['rect'] } | null>(null);
  const onInspect = useCallback((index: number | null, el: HTMLElement | null) => {
    if (index === null || !el) return setHover(null);
    const r = el.getBoundingClientRect();
    setHover({ index, rect: { left: r.left, top: r.top, width: r.width } });
  }, []);
  const width = cols.length;
  const open = useCallback((i: number) => onOpen(Math.floor(i / width), i % width), [onOpen, width]);
  const cell = hover ? cells[hover.index] : undefined;
  const anchor =
    hover && cell
      ? {
          title: `${rows[Math.floor(hover.index / width)]?.label} → ${cols[hover.index % width]?.label}`,
          cell,
          rect: hover.rect,
        }
      : null;
  return (
    <>
      <WallGrid
        rows={rows}
        cols={cols}
        cells={cells}
        labelOf={labelOf}
        caption={caption}
        onInspect={onInspect}
        onOpen={open}
      />
      <CellTooltip anchor={anchor} />
    </>
  );
}
