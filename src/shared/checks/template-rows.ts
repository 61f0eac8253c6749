import type { LayoutTable, TableRow } from '../layout/types';
import { foldString } from '../text/fold';
import type { CompiledRuleset } from './ruleset';

/**
 * The state of a product's row in a template table: the row says whether the product is in
 * scope, in any of the ways templates say it: a check box (any glyph) in the name's cell or
 * another column (activity types), or a state column (Yes/No, Y/N, In scope, Delivered) where a
 * blank cell means "not in scope". The vocabulary is the ruleset's (`templateRows`).
 */

export type RowState = 'ticked' | 'unticked' | 'mentioned';
type CellState = 'yes' | 'no' | 'blank' | 'other';

function cellState(rules: CompiledRuleset, text: string): CellState {
  const t = foldString(text)
    .replace(/[\s:.;*]+$/u, '')
    .trim();
  if (!t) return 'blank';
  const r = rules.templateRows;
  if (r.yes.test(t)) return 'yes';
  if (r.no.test(t)) return 'no';
  const ticked = hasMark(r.ticked, t);
  const unticked = hasMark(r.unticked, t);
  // A cell of boxes only ("☐", "[ ]") or a box with words ("☒ Deployment ☐ Implementation").
  if (ticked) return 'yes';
  if (unticked) return 'no';
  return 'other';
}

function hasMark(re: RegExp | null, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

interface TableStates {
  /** Per row, per column. */
  cells: CellState[][];
  /** Columns where rows say yes/no (two or more rows do, or half of them). */
  stateColumns: Set<number>;
  /** True when any row carries a mark or a yes/no: the table is a template. */
  template: boolean;
}

const tableCache = new WeakMap<LayoutTable, TableStates>();

function statesOf(rules: CompiledRuleset, table: LayoutTable): TableStates {
  let s = tableCache.get(table);
  if (s) return s;
  const cells = table.rows.map((row) => row.cells.map((c) => cellState(rules, c)));
  const stateColumns = new Set<number>();
  for (let c = 0; c < table.columnCount; c++) {
    const said = cells.filter((row) => row[c] === 'yes' || row[c] === 'no').length;
    const other = cells.filter((row) => row[c] === 'other').length;
    if (said >= 2 && said >= other) stateColumns.add(c);
  }
  const template = cells.some((row) => row.some((x) => x === 'yes' || x === 'no'));
  s = { cells, stateColumns, template };
  tableCache.set(table, s);
  return s;
}

/**
 * What the row of a product named in column `nameColumn` says about it. Cells naming another
 * product (`namesProduct`) are that product's, not this one's state: "[ ] Exchange Online |
 * [x] Teams Rooms" ticks Teams Rooms only.
 */
export function rowState(
  rules: CompiledRuleset,
  table: LayoutTable,
  rowIndex: number,
  nameColumn: number,
  namesProduct: (cell: string) => boolean,
): RowState {
  const s = statesOf(rules, table);
  const cells = table.rows[rowIndex]?.cells ?? [];
  const row: CellState[] = (s.cells[rowIndex] ?? []).map((x, c) => (c !== nameColumn && namesProduct(cells[c] ?? '') ? 'other' : x));
  const own = row[nameColumn];
  // The state column decides (a blank state cell is "not in scope"); else any box on the row.
  const stateCols = [...s.stateColumns].filter((c) => c !== nameColumn && row[c] !== 'other');
  if (stateCols.length > 0) {
    if (own === 'yes' || stateCols.some((c) => row[c] === 'yes')) return 'ticked';
    return 'unticked';
  }
  if (row.some((x) => x === 'yes')) return 'ticked';
  if (row.some((x) => x === 'no')) return 'unticked';
  return s.template ? 'unticked' : 'mentioned';
}

/** The row's text for evidence: its cells joined. */
export function rowText(row: TableRow): string {
  return row.text.length > 240 ? `${row.text.slice(0, 239)}…` : row.text;
}
