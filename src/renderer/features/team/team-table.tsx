import type { ReactNode } from 'react';

interface TeamTableProps {
  /** The table's accessible name. */
  label: string;
  /** Column headings, in order (a node where the heading is for screen readers only). */
  columns: readonly ReactNode[];
  /** A visible title above the table. */
  caption?: string;
  /** The body rows. */
  children: ReactNode;
}

/** The team panels' tables: one header row of column headings over the given rows. */
export function TeamTable({ label, columns, caption, children }: TeamTableProps) {
  return (
    <table className="team-table" aria-label={label}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, i) => (
            // The headings are a fixed list: their position is their identity.
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
