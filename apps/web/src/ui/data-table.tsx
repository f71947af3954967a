import { type ReactNode, useLayoutEffect, useRef } from 'react';

interface Props {
  /** The column headings, left to right. */
  columns: readonly string[];
  className?: string;
  caption?: ReactNode;
  /** Inside a box that scrolls sideways, for tables wider than a phone (a phone stacks them instead). */
  scroll?: boolean;
  /** The body's rows. */
  children: ReactNode;
}

/**
 * A table of rows under one row of column headings; each page renders its own rows. On a phone
 * (`.stack`, base.css) each row becomes a card, each cell a line led by its column's heading, so no
 * column is off-screen: the headings are copied onto the cells as `data-label` after each render, and
 * the rows keep their table roles, which a block layout would otherwise drop.
 */
export function DataTable({ columns, className, caption, scroll = false, children }: Props) {
  const ref = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => labelCells(ref.current, columns));
  const table = (
    <table ref={ref} className={className ? `${className} stack` : 'stack'}>
      {caption !== undefined ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
}

/** Each body cell gets its column's heading and the roles of a table, whatever its display. */
export function labelCells(table: HTMLTableElement | null, columns: readonly string[]) {
  if (!table) return;
  table.setAttribute('role', 'table');
  for (const group of table.querySelectorAll(':scope > thead, :scope > tbody'))
    group.setAttribute('role', 'rowgroup');
  for (const th of table.querySelectorAll(':scope > thead th')) th.setAttribute('role', 'columnheader');
  for (const tr of table.querySelectorAll(':scope > :is(thead, tbody) > tr')) {
    tr.setAttribute('role', 'row');
    if (tr.parentElement?.tagName !== 'TBODY') continue;
    [...tr.children].forEach((cell, i) => {
      const heading = columns[i];
      if (heading !== undefined) cell.setAttribute('data-label', heading);
      cell.setAttribute('role', cell.tagName === 'TH' ? 'rowheader' : 'cell');
    });
  }
}
