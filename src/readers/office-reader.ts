import type { Cell, Worksheet } from 'exceljs';
import { zipSync, type Zippable } from 'fflate';
import type { DocumentPart, ExtractedDocument, SheetCell, SheetView } from '@shared/documents/types';
import { ZipRefusedError, inspectZip, safeUnzip, type ZipEntryInfo } from '@shared/zip/safe-unzip';
import { tablesFromHtml } from './docx-tables';
import { ReaderUnavailableError, emptyDocument, errorMessage, loadReaderModule, tidyText } from './reader-context';

/**
 * .docx (mammoth) and .xlsx (exceljs). Both libraries inflate whole archives, so the archive is
 * checked (central directory) and unpacked by safe-unzip first, which also caps the real sizes,
 * and the libraries get a re-packed copy of what passed. Neither fetches anything: mammoth's
 * external file access is off by default and raw-text extraction never loads images; exceljs
 * does not resolve XML entities.
 */

/** Cells read per workbook: enough for any POE sheet, bounded for hostile ones. */
const MAX_CELLS = 200_000;

/** Damage (truncation, bad data) is "corrupt"; limits and unsafe names are "refused". */
function zipFailure(path: string, kind: 'docx' | 'xlsx', err: ZipRefusedError): ExtractedDocument {
  const state = err.kind === 'damaged' ? 'corrupt' : err.kind === 'unsupported' ? 'unsupported' : 'refused';
  return emptyDocument(path, kind, state, err.message);
}

/**
 * The checked entries as a fresh zip (stored, not compressed: it never leaves memory). Under
 * Node the libraries want a Buffer (exceljs reads entries as Node strings, mammoth's Node entry
 * only takes `buffer`); in the browser their browser builds take the bytes as they are.
 */
function repack(files: Map<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of files) zippable[name] = [data, { level: 0 }];
  const zip = zipSync(zippable);
  const NodeBuffer = (globalThis as { Buffer?: { from(data: Uint8Array): Uint8Array } }).Buffer;
  return NodeBuffer ? NodeBuffer.from(zip) : zip;
}

/** An OLE (CFB) container named .docx/.xlsx: Office's encrypted format, or a legacy binary file. */
export function readOle(path: string, bytes: Uint8Array, ext: 'docx' | 'xlsx'): ExtractedDocument {
  const utf16 = (s: string) => Array.from(s, (c) => [c.charCodeAt(0), 0]).flat();
  const marker = utf16('EncryptionInfo');
  const hasMarker = (() => {
    outer: for (let i = 0; i + marker.length <= bytes.length; i++) {
      for (let j = 0; j < marker.length; j++) if (bytes[i + j] !== marker[j]) continue outer;
      return true;
    }
    return false;
  })();
  if (hasMarker)
    return emptyDocument(
      path,
      ext,
      'password-required',
      'the Office document is password-encrypted (ask the partner for an unprotected copy)',
    );
  return emptyDocument(path, ext, 'unsupported', `named .${ext} but is a legacy binary Office file (.doc/.xls): not supported`);
}

/** Largest .docx HTML kept for the viewer (embedded pictures are data URLs); above it pictures are left out. */
const MAX_VIEW_HTML_CHARS = 30_000_000;

async function readDocx(path: string, files: Map<string, Uint8Array>, forView: boolean): Promise<ExtractedDocument> {
  // CommonJS module: the namespace's default is the API under Node and bundlers alike.
  const mammoth = (await loadReaderModule('Word', () => import('mammoth'))).default;
  const zip = repack(files);
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
  const input = () => Object.assign({ arrayBuffer: zip.slice().buffer }, { buffer: zip }) as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.extractRawText(input());
  const doc = emptyDocument(path, 'docx', 'ok');
  const part: DocumentPart = { part: 'paragraphs', text: tidyText(result.value), hasTextLayer: true };
  doc.parts = [part];
  // The same library reads the same checked archive; external files are never opened (mammoth's default).
  // Without the viewer, pictures are not encoded at all (only the tables are wanted).
  const html = forView
    ? await mammoth.convertToHtml(input())
    : await mammoth.convertToHtml(input(), { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
  // The tables as Word holds them (rows and cells), for the layout stage: template rows, state columns.
  const tables = tablesFromHtml(html.value);
  if (tables.length > 0) part.tables = tables;
  if (forView) {
    const notes = html.messages.map((m) => m.message.replace(/\s+/g, ' ').slice(0, 200));
    let value = html.value;
    if (value.length > MAX_VIEW_HTML_CHARS) {
      value = value.replace(/<img\b[^>]*>/gi, '');
      notes.push('pictures left out: the document is too large to show them');
    }
    doc.view = { html: value.slice(0, MAX_VIEW_HTML_CHARS), htmlNotes: [...new Set(notes)].slice(0, 20) };
  }
  return doc;
}

/** A cell's value as text, from exceljs's value model (its `text` getter throws or prints "[object Object]" for some formulas). */
export function cellValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return '';
  const v = value as {
    richText?: { text?: unknown }[];
    text?: unknown;
    result?: unknown;
    error?: unknown;
    formula?: unknown;
    sharedFormula?: unknown;
  };
  if (Array.isArray(v.richText)) return v.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  if (v.text !== undefined) return cellValueText(v.text);
  if (v.result !== undefined) return cellValueText(v.result);
  if (typeof v.error === 'string') return v.error;
  return '';
}

function sheetPartName(name: string, state: string): string {
  if (state === 'hidden') return `sheet:${name} (hidden)`;
  if (state === 'veryHidden') return `sheet:${name} (very hidden)`;
  return `sheet:${name}`;
}

async function loadExcel() {
  return (await loadReaderModule('Excel', () => import('exceljs'))).default;
}

/**
 * A cell's value as the file's number format shows it (numfmt: Excel's format codes); the
 * engine's text when the format cannot be applied. exceljs hands date-formatted numbers over as
 * UTC dates, which numfmt formats in UTC too.
 */
function formattedText(cell: Cell, value: string, format: (pattern: string, v: unknown) => string): string {
  const raw = cell.value;
  const pattern = cell.numFmt;
  const v = raw !== null && typeof raw === 'object' && !(raw instanceof Date) && 'result' in raw ? raw.result : raw;
  if (!pattern || pattern === 'General' || (typeof v !== 'number' && !(v instanceof Date))) return value;
  try {
    return format(pattern, v);
  } catch {
    return value;
  }
}

/** Merge ranges of a sheet ("A1:C2") as top-left → span. */
function mergeSpans(sheet: Worksheet): Map<string, { rowSpan: number; colSpan: number }> {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const [from, to] = range.split(':');
    if (!from || !to) continue;
    const a = sheet.getCell(from);
    const b = sheet.getCell(to);
    const rowSpan = Number(b.row) - Number(a.row) + 1;
    const colSpan = Number(b.col) - Number(a.col) + 1;
    if (rowSpan > 0 && colSpan > 0) spans.set(`${Number(a.row) - 1}:${Number(a.col) - 1}`, { rowSpan, colSpan });
  }
  return spans;
}

function sheetState(state: string): SheetView['state'] {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

async function readXlsx(path: string, files: Map<string, Uint8Array>, forView: boolean): Promise<ExtractedDocument> {
  const ExcelJS = await loadExcel();
  const format = forView ? (await loadReaderModule('number format', () => import('numfmt'))).format : null;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(repack(files) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const doc = emptyDocument(path, 'xlsx', 'ok');
  let budget = MAX_CELLS;
  const parts: DocumentPart[] = [];
  const sheets: SheetView[] = [];
  for (const sheet of workbook.worksheets) {
    const lines: string[] = [];
    const part = sheetPartName(sheet.name, sheet.state);
    const grid: SheetCell[] = [];
    const spans = forView ? mergeSpans(sheet) : null;
    let rowCount = 0;
    let colCount = 0;
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (budget <= 0) return;
      const cells: string[] = [];
      // The same cells at their columns (blank ones kept) for the layout stage: a blank state cell means something.
      const positioned: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (budget-- <= 0) return;
        const value = cellValueText(cell.value).replace(/\s+/g, ' ').trim();
        cells.push(value);
        const col = Number(cell.col) - 1;
        if (col >= 0 && col < 1000) {
          while (positioned.length < col) positioned.push('');
          positioned[col] = value;
        }
        if (!format || !spans || (cell.isMerged && cell.master !== cell) || !value) return;
        const r = Number(cell.row) - 1;
        const c = col;
        const entry: SheetCell = { row: r, col: c, text: formattedText(cell, value, format), value };
        const span = spans.get(`${r}:${c}`);
        if (span) Object.assign(entry, span);
        if (cell.font?.bold) entry.bold = true;
        grid.push(entry);
        rowCount = Math.max(rowCount, r + (entry.rowSpan ?? 1));
        colCount = Math.max(colCount, c + (entry.colSpan ?? 1));
      });
      if (cells.some((c) => c)) {
        lines.push(cells.join('\t'));
        rows.push(positioned);
      }
    });
    const sheetPart: DocumentPart = { part, text: lines.join('\n'), hasTextLayer: true };
    if (rows.length > 0) sheetPart.tables = [{ rows }];
    parts.push(sheetPart);
    if (forView) {
      const colWidths = Array.from({ length: colCount }, (_, i) => sheet.getColumn(i + 1).width ?? null);
      sheets.push({ name: sheet.name, part, state: sheetState(sheet.state), rowCount, colCount, cells: grid, colWidths });
    }
  }
  if (budget <= 0) doc.notes = [`only the first ${MAX_CELLS} cells were read`];
  doc.parts = parts;
  if (forView) doc.view = { sheets };
  return doc;
}

function officeKind(entries: ZipEntryInfo[]): 'docx' | 'xlsx' | undefined {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  return undefined;
}

export async function readOfficeZip(path: string, bytes: Uint8Array, ext: string, forView = false): Promise<ExtractedDocument> {
  const expected = ext === 'xlsx' ? 'xlsx' : 'docx';
  let entries: ZipEntryInfo[];
  try {
    entries = inspectZip(bytes);
  } catch (err) {
    if (err instanceof ZipRefusedError) return zipFailure(path, expected, err);
    throw err;
  }
  const kind = officeKind(entries);
  if (!kind) {
    const what = entries.some((e) => e.name === 'mimetype') ? 'an OpenDocument file' : 'a zip archive that is not a Word or Excel document';
    return emptyDocument(path, 'unsupported', 'unsupported', `${what}: not supported`);
  }
  let files: Map<string, Uint8Array>;
  try {
    files = safeUnzip(bytes);
  } catch (err) {
    if (err instanceof ZipRefusedError) return zipFailure(path, kind, err);
    throw err;
  }
  try {
    return kind === 'docx' ? await readDocx(path, files, forView) : await readXlsx(path, files, forView);
  } catch (err) {
    if (err instanceof ReaderUnavailableError) throw err;
    return emptyDocument(path, kind, 'corrupt', `the ${kind} content could not be read: ${errorMessage(err)}`);
  }
}
