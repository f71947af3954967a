import type { ReactNode } from 'react';

interface Props {
  /** The column headings, left to right. */
  columns: readonly string[];
  className?: string;
  caption?: ReactNode;
  /** Inside a box that scrolls sideways, for tables wider than a phone. */
  scroll?: boolean;
  /** The body's rows. */
  children: ReactNode;
}

/** A table of rows under one row of column headings; each page renders its own rows. */
export function DataTable({ columns, className, caption, scroll = false, children }: Props) {
  const table = (
    <table className={className}>
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
