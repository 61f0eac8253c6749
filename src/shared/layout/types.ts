import type { Box } from '../checks/types';

/**
 * The document model between the readers and the checks: what a page or part looks like once
 * its text is arranged into lines, tables with rows and cells, and label–value pairs. Built from
 * positioned text items (PDF text layers, OCR words) or from the format's own structure (.xlsx
 * cells, .docx tables); plain text is read line by line with tabs as column breaks.
 */

/** One piece of text as a reader or OCR gives it. */
export interface LayoutItem {
  text: string;
  /** Page box (origin bottom-left, y = baseline) where the format has positions. */
  box?: Box;
  /** OCR confidence 0–1 (absent for text layers). */
  confidence?: number;
}

/** A run of text on one line with no column gap inside it. */
export interface Chunk {
  text: string;
  /** Left and right edges: page units for positioned items, the column ordinal for plain text. */
  x0: number;
  x1: number;
  confidence?: number;
}

export interface LayoutLine {
  /** Position in the part's line list. */
  index: number;
  /** The chunks joined by a space (a tab between chunks of plain text). */
  text: string;
  chunks: Chunk[];
  /** Baseline; for plain text minus the line number (lines still go top to bottom). */
  y: number;
  height: number;
  box?: Box;
  /** The lowest confidence of its OCR words, when it has any. */
  confidence?: number;
}

export interface TableRow {
  /** One entry per table column; "" for a blank cell. Wrapped lines of a cell joined by a space. */
  cells: string[];
  /** The line indexes the row spans (empty for a format table). */
  lines: number[];
  /** The cells joined by " | " (for evidence). */
  text: string;
  box?: Box;
}

export interface LayoutTable {
  columnCount: number;
  rows: TableRow[];
  /** geometry: columns from x positions; text: tab-separated plain text; format: the file's own table (.xlsx, .docx). */
  source: 'geometry' | 'text' | 'format';
}

/** "Customer Signatory Name: John Doe", or a two-cell row "Customer Company Name | Contoso". */
export interface LabelValue {
  label: string;
  value: string;
  line: number;
}

export interface PartLayout {
  lines: LayoutLine[];
  tables: LayoutTable[];
  pairs: LabelValue[];
  /** For each line, the table it belongs to, or -1. */
  tableOfLine: Int32Array;
}
