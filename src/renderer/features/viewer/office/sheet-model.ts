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
  /** "row:col" of every cell under a merge but not its top-left one, with that top-left cell. */
  covered: Map<string, SheetCell>;
  colCount: number;
}

export function buildGrid(sheet: SheetView): SheetGrid {
  const colCount = Math.min(sheet.colCount, MAX_SHOWN_COLUMNS);
  const rows = new Map<number, SheetCell[]>();
  const covered = new Map<string, SheetCell>();
  for (const cell of sheet.cells) {
    if (cell.col >= colCount) continue;
    const list = rows.get(cell.row);
    if (list) list.push(cell);
    else rows.set(cell.row, [cell]);
    for (let r = 0; r < (cell.rowSpan ?? 1); r++) {
      for (let c = 0; c < (cell.colSpan ?? 1); c++) if (r || c) covered.set(`${cell.row + r}:${cell.col + c}`, cell);
    }
  }
  return { sheet, rows, covered, colCount };
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

/** Where a sheet shows its state on its tab. */
export function sheetStateLabel(state: SheetView['state']): string | null {
  if (state === 'hidden') return 'hidden';
  if (state === 'veryHidden') return 'very hidden';
  return null;
}
