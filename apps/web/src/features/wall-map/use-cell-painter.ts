import type { WallCell } from '@hutong/domain';
import { type RefObject, useLayoutEffect, useRef } from 'react';
import type { LabelOf } from './use-cell-labels';

/**
 * Writes each cell's status and accessible name straight onto its element, and only where they
 * changed. React renders the grid's structure once per set of rows and columns; a slider step then
 * costs one pass over the cells instead of reconciling thousands of components (the 16 ms budget).
 */
export function useCellPainter(
  table: RefObject<HTMLTableElement | null>,
  cells: readonly WallCell[],
  labelOf: LabelOf,
  structure: unknown,
) {
  const painted = useRef<{
    structure: unknown;
    labelOf: LabelOf | null;
    cells: readonly WallCell[];
    nodes: HTMLElement[];
  }>({
    structure: null,
    labelOf: null,
    cells: [],
    nodes: [],
  });
  useLayoutEffect(() => {
    const last = painted.current;
    const fresh = last.structure !== structure;
    const nodes = fresh ? [...(table.current?.querySelectorAll<HTMLElement>('[data-i]') ?? [])] : last.nodes;
    const relabel = fresh || last.labelOf !== labelOf;
    for (let i = 0; i < nodes.length; i++) {
      const cell = cells[i];
      if (!cell) continue;
      const before = fresh ? undefined : last.cells[i];
      const changed =
        !before ||
        before.status !== cell.status ||
        before.since !== cell.since ||
        before.self !== cell.self ||
        before.basis !== cell.basis ||
        before.uncertain !== cell.uncertain ||
        before.rest !== cell.rest;
      if (changed) paint(nodes[i]!, cell);
      if (changed || relabel) nodes[i]!.setAttribute('aria-label', labelOf(i, cell));
    }
    painted.current = { structure, labelOf, cells, nodes };
  }, [table, cells, labelOf, structure]);
}

/** Status, and how sure: an inherited answer and one inside a change's window are marked apart. */
function paint(node: HTMLElement, cell: WallCell) {
  node.setAttribute('data-status', cell.self ? 'self' : cell.status);
  if (cell.basis === 'inherited' || cell.basis === 'inferred') node.setAttribute('data-basis', cell.basis);
  else node.removeAttribute('data-basis');
  node.toggleAttribute('data-uncertain', Boolean(cell.uncertain));
}
