import type { SheetCell, SheetView } from '@shared/documents/types';
import { segmentsCovered } from '../evidence-match';

/** Columns shown at most: a hostile sheet may claim column XFD; POE sheets are narrow. */
export const MAX_SHOWN_COLUMNS = 200;

/** "A", "B", … "Z", "AA", … for a 0-based column. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export interface SheetGrid {
  sheet: SheetView;
  rows: Map<number, SheetCell[]>;
  /** Merged cells (top-left cells spanning more than one cell), by first row. */
  merges: SheetCell[];
  colCount: number;
}

export function buildGrid(sheet: SheetView): SheetGrid {
  const colCount = Math.min(sheet.colCount, MAX_SHOWN_COLUMNS);
  const rows = new Map<number, SheetCell[]>();
  const merges: SheetCell[] = [];
  for (const cell of sheet.cells) {
    if (cell.col >= colCount) continue;
    const list = rows.get(cell.row);
    if (list) list.push(cell);
    else rows.set(cell.row, [cell]);
    if ((cell.rowSpan ?? 1) > 1 || (cell.colSpan ?? 1) > 1) merges.push(cell);
  }
  return { sheet, rows, merges, colCount };
}

/** A cell drawn in the window: a sheet cell (or none), where it starts in view and how far it spans there. */
export interface ShownCell {
  cell: SheetCell | null;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * The cells of `row` between columns `from` and `to` (inclusive), for a window whose first row is
 * `firstRow`: merges are cut to the window (one that starts above or to the left is drawn from
 * the window's first row or column), so only the window's cells are ever built, whatever a
 * merge's size.
 */
export function rowCells(grid: SheetGrid, row: number, from: number, to: number, firstRow: number, lastRow: number): ShownCell[] {
  const own = new Map((grid.rows.get(row) ?? []).map((c) => [c.col, c]));
  const covering = grid.merges.filter(
    (m) => m.row <= row && row < m.row + (m.rowSpan ?? 1) && m.col <= to && from < m.col + (m.colSpan ?? 1),
  );
  const out: ShownCell[] = [];
  for (let c = from; c <= to;) {
    const master = covering.find((m) => m.col <= c && c < m.col + (m.colSpan ?? 1));
    if (master) {
      const startsHere = (master.row === row || row === firstRow) && (master.col === c || c === from);
      const colEnd = Math.min(master.col + (master.colSpan ?? 1) - 1, to);
      if (startsHere) {
        const rowEnd = Math.min(master.row + (master.rowSpan ?? 1) - 1, lastRow);
        out.push({ cell: master, col: c, rowSpan: rowEnd - row + 1, colSpan: colEnd - c + 1 });
      }
      c = colEnd + 1;
      continue;
    }
    out.push({ cell: own.get(c) ?? null, col: c, rowSpan: 1, colSpan: 1 });
    c += 1;
  }
  return out;
}

/** The sheet's part as evidence names it: "sheet:Tasks" or "sheet:Old (hidden)". */
export function sheetForPart(sheets: readonly SheetView[], part: string | undefined): number {
  if (!part) return -1;
  return sheets.findIndex((s) => s.part === part);
}

/**
 * The cells holding an evidence quote: the engine's sheet text is each row's cells joined by
 * tabs, rows by line breaks, values as the engine read them; the quote is found in that text.
 */
export function cellsForQuote(sheet: SheetView, quote: string): SheetCell[] {
  const cells = sheet.cells;
  const segments = cells.map((cell, i) => ({ text: cell.value, separator: cells[i + 1]?.row === cell.row ? '\t' : '\n' }));
  return segmentsCovered(segments, quote).flatMap((i) => (cells[i] ? [cells[i]] : []));
}

/** An evidence quote on a workbook: its sheet, its cells, and the cell to bring into view. */
export interface SheetEvidence {
  sheet: number;
  cells: Set<SheetCell>;
  row: number;
  col: number;
  nonce: number;
}

/**
 * Finds the quote on the sheet its part names (else on any sheet). In view goes the quote's
 * first row, at the cell holding most of it (a signature beside its label, columns away).
 */
export function evidenceCells(sheets: readonly SheetView[], part: string | undefined, quote: string, nonce: number): SheetEvidence | null {
  if (sheets.length === 0) return null;
  const named = sheetForPart(sheets, part);
  const order = named >= 0 ? [named] : sheets.map((_, i) => i);
  for (const i of order) {
    const cells = sheets[i] ? cellsForQuote(sheets[i], quote) : [];
    const first = cells[0];
    if (!first) continue;
    const target = cells.filter((c) => c.row === first.row).reduce((a, b) => (b.value.length > a.value.length ? b : a), first);
    return { sheet: i, cells: new Set(cells), row: first.row, col: target.col, nonce };
  }
  return named >= 0 ? { sheet: named, cells: new Set<SheetCell>(), row: 0, col: 0, nonce } : null;
}

/** Where a sheet shows its state on its tab. */
export function sheetStateLabel(state: SheetView['state']): string | null {
  if (state === 'hidden') return 'hidden';
  if (state === 'veryHidden') return 'very hidden';
  return null;
}
