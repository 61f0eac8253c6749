import type { LayoutTable, TableRow } from '../layout/types';
import { foldString } from '../text/fold';
import { parseDates } from '../text/dates';
import type { CompiledRuleset } from './ruleset';

/**
 * The state of a product's row in a template table: the row says whether the product is in
 * scope, in any of the ways templates say it: a check box (any glyph) in the name's cell or
 * another column (activity types), or a state column (Yes/No, Y/N, In scope, Delivered) where a
 * blank cell means "not in scope". The vocabulary is the ruleset's (`templateRows`).
 */

/** 'unclear': the row's mark may mean either (a person must read it). */
export type RowState = 'ticked' | 'unticked' | 'mentioned' | 'unclear';
type CellState = 'yes' | 'no' | 'blank' | 'other' | 'unclear';

function cellState(rules: CompiledRuleset, text: string): CellState {
  const t = foldString(text)
    .replace(/[\s:.;*]+$/u, '')
    .trim();
  if (!t) return 'blank';
  const r = rules.templateRows;
  const choice = markedChoice(rules, t);
  if (choice === 'yes' || choice === 'no') return choice;
  if (choice === 'both') return 'other';
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

/** A cell of boxes only ("☒", "[ ]"). */
function isMarkCell(rules: CompiledRuleset, text: string): boolean {
  const r = rules.templateRows;
  let rest = foldString(text);
  for (const re of [r.ticked, r.unticked]) if (re) rest = rest.replace(re, '');
  return rest.trim() === '' && rest.length < foldString(text).length;
}

/** The yes/no word a text starts with ('start') or ends with ('end'), the whole of it ("not in scope"). */
function choiceWord(rules: CompiledRuleset, text: string, at: 'start' | 'end'): 'yes' | 'no' | null {
  const r = rules.templateRows;
  const t = text.replace(/[\s:.;*|]+$/u, '').replace(/^[\s:.;*|]+/u, '');
  if (!t) return null;
  if (at === 'start') return r.yes.test(t) ? 'yes' : r.no.test(t) ? 'no' : null;
  const words = t.split(/\s+/u);
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    for (const [re, said] of [
      [r.no, 'no'],
      [r.yes, 'yes'],
    ] as const) {
      const m = re.exec(tail);
      if (m && m[0].length === tail.length) return said;
    }
  }
  return null;
}

export type MarkedChoice = 'yes' | 'no' | 'both';

/**
 * Boxes that label options, each box beside a yes/no word ("☒ Yes ☐ No", "Yes ☐ No ☒", "☒ N/A",
 * a radio group's buttons): the ticked option says, not the tick alone ("☐ Yes ☒ No" is a no).
 * Nothing ticked is a no; both a yes and a no ticked is 'both'. Null when the text's boxes are
 * not all beside such words (a box before a product's name, activity types).
 */
export function markedChoice(rules: CompiledRuleset, text: string): MarkedChoice | null {
  const r = rules.templateRows;
  const t = foldString(text);
  const marks: { start: number; end: number; ticked: boolean }[] = [];
  for (const [re, ticked] of [
    [r.ticked, true],
    [r.unticked, false],
  ] as const) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const m of t.matchAll(re)) if (m[0].length > 0) marks.push({ start: m.index, end: m.index + m[0].length, ticked });
  }
  if (marks.length === 0 || marks.length > 16) return null;
  marks.sort((a, b) => a.start - b.start);
  const after = marks.map((m, i) => choiceWord(rules, t.slice(m.end, marks[i + 1]?.start ?? t.length), 'start'));
  const before = marks.map((m, i) => choiceWord(rules, t.slice(marks[i - 1]?.end ?? 0, m.start), 'end'));
  const said = after.every((x) => x !== null) ? after : before.every((x) => x !== null) ? before : null;
  if (!said) return null;
  const chosen = said.filter((_, i) => marks[i]?.ticked);
  if (chosen.includes('yes') && chosen.includes('no')) return 'both';
  return chosen.includes('yes') ? 'yes' : 'no';
}

interface TableStates {
  /** Per row, per column. */
  cells: CellState[][];
  /**
   * Columns where rows say yes/no: two or more body rows do, and at least as many as say
   * something else (dates, numbers, prose make a column a data column, not a state column).
   */
  stateColumns: Set<number>;
  /**
   * Columns headed by a state word ("Completed", "Delivered") whose body cells are dates: a
   * dated cell says yes, a blank one no.
   */
  datedStateColumns: Set<number>;
  /** True when a body row carries a mark or a yes/no: the table is a template. */
  template: boolean;
  /** The header row's index (0), or -1 when the first row is a body row. */
  header: number;
}

const tableCache = new WeakMap<LayoutTable, TableStates>();

/** A cell that is a date and nothing else ("10 Jun 2026", "10.06.2026", "2026年6月10日"). */
function isDateCell(text: string): boolean {
  const t = foldString(text).trim();
  if (!t || t.length > 40 || !/\d/u.test(t)) return false;
  const found = parseDates(t, { numericOrder: null });
  return (
    found.length === 1 && t.slice(0, found[0]?.start ?? 0).trim() === '' && t.slice(found[0]?.end ?? 0).replace(/[\s.,;]+/gu, '') === ''
  );
}

/**
 * The first row is a header when it names no product and each of its cells is a short label
 * (a header's "Completed" or "In scope" names a column, it does not tick a row).
 */
function headerRow(table: LayoutTable, namesProduct: (cell: string) => boolean): number {
  const first = table.rows[0];
  if (!first || table.rows.length < 2) return -1;
  const filled = first.cells.filter((c) => c.trim() !== '');
  if (filled.length < 2) return -1;
  if (filled.some((c) => c.length > 40 || namesProduct(c) || isDateCell(c))) return -1;
  return 0;
}

function statesOf(rules: CompiledRuleset, table: LayoutTable, namesProduct: (cell: string) => boolean): TableStates {
  let s = tableCache.get(table);
  if (s) return s;
  const cells = table.rows.map((row) => row.cells.map((c) => cellState(rules, c)));
  const header = headerRow(table, namesProduct);
  const body = cells.filter((_, r) => r !== header);
  const bodyRows = table.rows.filter((_, r) => r !== header);
  const stateColumns = new Set<number>();
  const datedStateColumns = new Set<number>();
  for (let c = 0; c < table.columnCount; c++) {
    const said = body.filter((row) => row[c] === 'yes' || row[c] === 'no').length;
    const other = body.filter((row) => row[c] === 'other').length;
    if (said >= 2 && said >= other) stateColumns.add(c);
    else if (header >= 0 && cells[header]?.[c] === 'yes' && other > 0) {
      // "Completed | 10 Jun 2026": a state column written as dates.
      const dated = bodyRows.filter((row) => isDateCell(row.cells[c] ?? '')).length;
      if (dated === other) datedStateColumns.add(c);
    }
  }
  // A column that ticks some rows with a tick glyph ("✓") and marks others with a bare "X": the
  // X stands against the tick (not in scope) as often as it crosses a box (in scope), so those
  // rows are unclear, never read as a yes.
  for (const c of stateColumns) {
    const texts = table.rows.map((row, r) => (r === header ? '' : foldString(row.cells[c] ?? '').trim()));
    const glyphTick = texts.some((t, r) => cells[r]?.[c] === 'yes' && t !== 'x' && isMarkCell(rules, t));
    if (!glyphTick) continue;
    texts.forEach((t, r) => {
      const row = cells[r];
      if (row && t === 'x') row[c] = 'unclear';
    });
  }
  const template = body.some((row) => row.some((x) => x === 'yes' || x === 'no'));
  s = { cells, stateColumns, datedStateColumns, template, header };
  tableCache.set(table, s);
  return s;
}

/**
 * The columns of a row that speak for the product named in `nameColumn`, when the row names
 * several products side by side ("☒ | Microsoft Intune | ☐ | Microsoft Teams"): each product
 * owns the state cells on its side of the row up to the next product, boxes before names when
 * the row starts with a box, after them otherwise. A row naming one product owns every column.
 */
function ownColumns(
  states: readonly CellState[],
  cells: readonly string[],
  nameColumn: number,
  namesProduct: (cell: string) => boolean,
): [number, number] {
  const products = cells.flatMap((cell, c) => (c === nameColumn || (cell && namesProduct(cell)) ? [c] : []));
  if (products.length < 2) return [0, cells.length - 1];
  const first = products[0] ?? 0;
  const leading = states.slice(0, first).some((x) => x === 'yes' || x === 'no');
  const at = products.indexOf(nameColumn);
  if (leading) return [(products[at - 1] ?? -1) + 1, nameColumn];
  return [nameColumn, (products[at + 1] ?? cells.length) - 1];
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
  const s = statesOf(rules, table, namesProduct);
  if (rowIndex === s.header) return 'mentioned';
  const cells = table.rows[rowIndex]?.cells ?? [];
  const [from, to] = ownColumns(s.cells[rowIndex] ?? [], cells, nameColumn, namesProduct);
  const row: CellState[] = (s.cells[rowIndex] ?? []).map((x, c) =>
    c < from || c > to || (c !== nameColumn && namesProduct(cells[c] ?? '')) ? 'other' : x,
  );
  const own = row[nameColumn];
  // Boxes beside yes/no words on the row ("☐ Yes ☒ No", in one cell or several): the ticked option says.
  const choice = markedChoice(rules, cells.filter((c, i) => i >= from && i <= to && (i === nameColumn || !namesProduct(c))).join(' '));
  if (choice === 'yes') return 'ticked';
  if (choice === 'no') return 'unticked';
  if (choice === 'both') return 'mentioned';
  // A box under a "No" heading ticks "no": "Product | Yes | No" over "Intune | ☐ | ☒".
  const headed = (c: number): CellState => {
    const x = row[c];
    if (s.header < 0 || s.cells[s.header]?.[c] !== 'no' || (x !== 'yes' && x !== 'no') || !isMarkCell(rules, cells[c] ?? ''))
      return x ?? 'other';
    return x === 'yes' ? 'no' : 'blank';
  };
  for (let c = 0; c < row.length; c++) row[c] = headed(c);
  // The state column decides (a blank state cell is "not in scope"); else any box on the row.
  const stateCols = [...s.stateColumns].filter((c) => c !== nameColumn && row[c] !== 'other');
  if (stateCols.length > 0) {
    if (own === 'yes' || stateCols.some((c) => row[c] === 'yes')) return 'ticked';
    if (stateCols.some((c) => row[c] === 'unclear')) return 'unclear';
    return 'unticked';
  }
  const dated = [...s.datedStateColumns].filter((c) => c !== nameColumn);
  if (dated.length > 0 && !row.some((x) => x === 'yes' || x === 'no')) {
    return dated.some((c) => isDateCell(cells[c] ?? '')) ? 'ticked' : 'unticked';
  }
  if (row.some((x) => x === 'yes')) return 'ticked';
  if (row.some((x) => x === 'no')) return 'unticked';
  return s.template ? 'unticked' : 'mentioned';
}

/** The row's text for evidence: its cells joined. */
export function rowText(row: TableRow): string {
  return row.text.length > 240 ? `${row.text.slice(0, 239)}…` : row.text;
}
