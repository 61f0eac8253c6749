import type { DocumentPart, DocumentView, ExtractedDocument, SheetCell, SheetView } from '@shared/documents/types';
import { attribute, attributes, decodeXml, partText, scanXml, XmlError } from './ooxml-xml';
import { emptyDocument } from './reader-context';

/**
 * .xlsx read straight from its XML parts (workbook, relationships, shared strings, styles,
 * worksheets) with the strict scanner of `ooxml-xml.ts`: one pass over each part, no object
 * model. It reads values the way the engine always has (exceljs's value model, which the tests
 * compare it with): a date-formatted number is a UTC date (ISO, midnight left off), a formula
 * its cached result, rich text its runs joined, a cell under a merge its top-left cell's value.
 * With `forView` it also keeps the grid: each cell's number format and the number it applies to
 * (the viewer formats the cells in view), merges, bold, column widths and sheet states.
 */

/** Thrown by a handler to end a scan early (the first rows of a sheet, the strings they use). */
class ScanStop extends Error {}

/** Cells read per workbook: enough for any POE sheet, bounded for hostile ones. */
export const MAX_CELLS = 200_000;

/** Excel's built-in number formats by id (the ones without a locale). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** A format shows a date or time when, outside quotes and brackets, it has date letters. */
function isDateFormat(pattern: string | undefined): boolean {
  if (!pattern) return false;
  return /[ymdhMsb]/.test(pattern.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().replace(/T00:00:00\.000Z$/, '');
}

interface CellStyle {
  numFmt?: string;
  /** The number format shows a date: the number is read as one. */
  isDate: boolean;
  bold: boolean;
}

interface Cell {
  row: number;
  col: number;
  /** The engine's text of the value. */
  value: string;
  /** What a number format applies to (a number or a date), if anything. */
  formatted?: number | Date;
  style: CellStyle | null;
  /** The top-left cell of the merge covering this one (not itself). */
  master?: Cell;
}

type Files = Map<string, Uint8Array>;

function readPart(files: Files, name: string): string | null {
  const bytes = files.get(name);
  return bytes ? partText(bytes) : null;
}

function scanPart(files: Files, name: string, handler: Parameters<typeof scanXml>[1]): boolean {
  const xml = readPart(files, name);
  if (xml === null) return false;
  try {
    scanXml(xml, handler);
  } catch (err) {
    if (err instanceof XmlError) throw new XmlError(`${name}: ${err.message}`);
    throw err;
  }
  return true;
}

/** A relationship target as a package path, relative to the part that names it. */
function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function relationships(files: Files, part: string): Map<string, { type: string; target: string; external: boolean }> {
  const out = new Map<string, { type: string; target: string; external: boolean }>();
  scanPart(files, relsPathOf(part), {
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const a = attributes(attrs);
      if (a['Id'] && a['Target'])
        out.set(a['Id'], { type: a['Type'] ?? '', target: a['Target'], external: a['TargetMode'] === 'External' });
    },
    close() {},
    text() {},
  });
  return out;
}

/** Shared strings: each `si` as its text (plain or rich runs joined; phonetic guides left out); the first `count` only when given. */
function sharedStrings(files: Files, part: string | undefined, count = Infinity): string[] {
  const out: string[] = [];
  if (!part || count <= 0) return out;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  const handler: Parameters<typeof scanXml>[1] = {
    open(name, _attrs, selfClosing) {
      if (name === 'si') current = [];
      else if (name === 'rPh' && !selfClosing) phonetic++;
      else if (name === 't' && !selfClosing && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 'si') {
        out.push(current ? current.join('') : '');
        current = null;
        if (out.length >= count) throw new ScanStop();
      } else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 't') inText = false;
    },
    text(raw) {
      if (inText && current) current.push(decodeXml(raw));
    },
  };
  try {
    scanPart(files, part, handler);
  } catch (err) {
    if (!(err instanceof ScanStop)) throw err;
  }
  return out;
}

/** Cell formats (`cellXfs`) as number format and boldness. */
function cellStyles(files: Files, part: string | undefined): (CellStyle | null)[] {
  if (!part) return [];
  const customFormats = new Map<number, string>();
  const fonts: boolean[] = [];
  const xfs: { numFmtId: number; fontId: number | undefined }[] = [];
  const path: string[] = [];
  let font: { bold: boolean } | null = null;
  scanPart(files, part, {
    open(name, attrs, selfClosing) {
      const parent = path[path.length - 1];
      if (name === 'numFmt' && parent === 'numFmts') {
        const a = attributes(attrs);
        const id = Number(a['numFmtId']);
        if (Number.isInteger(id) && a['formatCode'] !== undefined) customFormats.set(id, a['formatCode'].replace(/\\(.)/g, '$1'));
      } else if (name === 'font' && parent === 'fonts') {
        font = { bold: false };
        if (selfClosing) fonts.push(false);
      } else if (name === 'b' && parent === 'font' && font) {
        const val = attribute(attrs, 'val');
        font.bold = val === undefined || !['0', 'false'].includes(val);
      } else if (name === 'xf' && parent === 'cellXfs') {
        const a = attributes(attrs);
        const fontId = a['fontId'] === undefined ? undefined : Number(a['fontId']);
        xfs.push({ numFmtId: Number(a['numFmtId'] ?? 0) || 0, fontId });
      }
      if (!selfClosing) path.push(name);
    },
    close(name) {
      if (path[path.length - 1] === name) path.pop();
      if (name === 'font' && font && path[path.length - 1] === 'fonts') {
        fonts.push(font.bold);
        font = null;
      }
    },
    text() {},
  });
  return xfs.map((xf) => {
    const numFmt = xf.numFmtId ? (customFormats.get(xf.numFmtId) ?? BUILTIN_FORMATS[xf.numFmtId]) : undefined;
    return { numFmt, isDate: isDateFormat(numFmt), bold: xf.fontId !== undefined && fonts[xf.fontId] === true };
  });
}

/** "B12" as 0-based row and column; undefined when it is not a cell reference. */
function decodeRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

interface SheetData {
  rows: Map<number, Map<number, Cell>>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  widths: Map<number, number>;
  /** The scan stopped at `maxRows`: there are more rows. */
  isCut: boolean;
}

interface ReadContext {
  /** A shared string by index ('' when there is none). */
  string(index: number): string;
  styles: (CellStyle | null)[];
  date1904: boolean;
}

/**
 * A worksheet's cells, merges and column widths; with `maxRows`, only its first rows (the scan
 * stops there: merges, listed after the cells, are then left out).
 */
function readSheet(files: Files, part: string, ctx: ReadContext, maxRows = Infinity): SheetData {
  const rows = new Map<number, Map<number, Cell>>();
  const merges: SheetData['merges'] = [];
  const widths = new Map<number, number>();
  let row = -1;
  let rowCells: Map<number, Cell> | null = null;
  let col = -1;
  // The cell being read.
  let t: string | undefined;
  let s = 0;
  let inCell = false;
  let formula: string | null = null;
  let formulaShared = false;
  let v: string | null = null;
  let texts: string[] | null = null;
  let current: 'v' | 't' | 'f' | null = null;
  let phonetic = 0;
  let cells = 0;
  let rowsRead = 0;

  function endCell() {
    if (!rowCells || cells >= MAX_CELLS * 2) return;
    const style = s ? (ctx.styles[s] ?? null) : null;
    const isDate = style?.isDate === true;
    let value: string | null = null;
    let formatted: number | Date | undefined;
    const number = (raw: string) => {
      const n = parseFloat(raw);
      if (isDate) {
        const d = serialToDate(n, ctx.date1904);
        formatted = d;
        return dateText(d);
      }
      formatted = n;
      return String(n);
    };
    const vText = v === null ? null : decodeXml(v);
    if ((formula !== null && formula !== '') || formulaShared) {
      // A formula shows its cached result; none cached reads as empty.
      if (!vText) value = '';
      else if (t === 'str') value = vText;
      else if (t === 'b') value = String(parseInt(vText, 10) !== 0);
      else if (t === 'e') value = vText;
      else value = number(vText);
    } else if (t === 'inlineStr' && texts !== null) {
      value = texts.join('');
    } else if (vText !== null && vText !== '') {
      if (t === 's') value = ctx.string(parseInt(vText, 10));
      else if (t === 'str' || t === 'inlineStr') value = vText;
      else if (t === 'b') value = String(parseInt(vText, 10) !== 0);
      else if (t === 'e') value = vText;
      else if (t === 'd') {
        const d = new Date(vText);
        formatted = d;
        value = dateText(d);
      } else value = number(vText);
    }
    if (value === null) return;
    cells++;
    rowCells.set(col, { row, col, value, formatted, style });
  }

  const handler: Parameters<typeof scanXml>[1] = {
    open(name, attrs, selfClosing) {
      if (inCell) {
        if (name === 'rPh' && !selfClosing) phonetic++;
        else if (name === 'v' && !selfClosing) {
          current = 'v';
          v ??= '';
        } else if (name === 't' && !selfClosing && phonetic === 0) {
          current = 't';
          texts ??= [];
        } else if (name === 'f') {
          const shareType = attribute(attrs, 't');
          if (shareType) formulaShared = true;
          formula ??= '';
          if (!selfClosing) current = 'f';
        }
        return;
      }
      switch (name) {
        case 'row': {
          if (rowsRead++ >= maxRows) throw new ScanStop();
          const r = Number(attribute(attrs, 'r'));
          row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
          col = -1;
          rowCells = rows.get(row) ?? new Map<number, Cell>();
          rows.set(row, rowCells);
          return;
        }
        case 'c': {
          const ref = attribute(attrs, 'r');
          const at = ref ? decodeRef(ref) : undefined;
          col = at ? at.col : col + 1;
          t = attribute(attrs, 't');
          s = Number(attribute(attrs, 's') ?? 0) || 0;
          formula = null;
          formulaShared = false;
          v = null;
          texts = null;
          current = null;
          phonetic = 0;
          if (selfClosing) endCell();
          else inCell = true;
          return;
        }
        case 'mergeCell': {
          const [from, to] = (attribute(attrs, 'ref') ?? '').split(':');
          const a = from ? decodeRef(from) : undefined;
          const b = to ? decodeRef(to) : undefined;
          if (a && b && b.row >= a.row && b.col >= a.col) merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
          return;
        }
        case 'col': {
          const a = attributes(attrs);
          const min = Number(a['min']);
          const max = Math.min(Number(a['max']), min + 16384);
          const width = Number(a['width']);
          if (Number.isInteger(min) && Number.isInteger(max) && Number.isFinite(width) && width > 0)
            for (let c = min; c <= max && c <= 16384; c++) widths.set(c - 1, width);
          return;
        }
        default:
          return;
      }
    },
    close(name) {
      if (!inCell) return;
      if (name === 'c') {
        inCell = false;
        endCell();
      } else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === current) current = null;
    },
    text(raw) {
      if (current === 'v') v += raw;
      else if (current === 't' && texts) texts.push(decodeXml(raw));
      else if (current === 'f') formula += raw;
    },
  };
  let isCut = false;
  try {
    scanPart(files, part, handler);
  } catch (err) {
    if (!(err instanceof ScanStop)) throw err;
    isCut = true;
  }
  return { rows, merges, widths, isCut };
}

/**
 * Merges as Excel keeps them: each covered cell takes its top-left cell's value (an overlapping
 * merge is left out, as Excel would refuse it). Returns the top-left cell → span map.
 */
function applyMerges(data: SheetData): Map<Cell, { rowSpan: number; colSpan: number }> {
  const spans = new Map<Cell, { rowSpan: number; colSpan: number }>();
  const taken: SheetData['merges'] = [];
  let budget = MAX_CELLS;
  for (const m of data.merges) {
    if (taken.some((o) => o.left <= m.right && m.left <= o.right && o.top <= m.bottom && m.top <= o.bottom)) continue;
    taken.push(m);
    const masterRow = data.rows.get(m.top) ?? new Map<number, Cell>();
    data.rows.set(m.top, masterRow);
    const master: Cell = masterRow.get(m.left) ?? { row: m.top, col: m.left, value: '', style: null };
    spans.set(master, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom && budget > 0; r++) {
      let cellsOfRow = data.rows.get(r);
      if (!cellsOfRow) {
        cellsOfRow = new Map<number, Cell>();
        data.rows.set(r, cellsOfRow);
      }
      for (let c = m.left; c <= m.right && budget > 0; c++) {
        if (r === m.top && c === m.left) continue;
        budget--;
        cellsOfRow.set(c, { row: r, col: c, value: master.value, style: null, master });
      }
    }
  }
  return spans;
}

function sheetPartName(name: string, state: string): string {
  if (state === 'hidden') return `sheet:${name} (hidden)`;
  if (state === 'veryHidden') return `sheet:${name} (very hidden)`;
  return `sheet:${name}`;
}

const WORKSHEET_REL = /\/worksheet$/;

interface Workbook {
  part: string;
  sheets: { name: string; state: string; part: string }[];
  date1904: boolean;
  stringsPart: string | undefined;
  stylesPart: string | undefined;
}

/** The workbook part: its worksheets in order (name, state, part), date system, shared strings and styles. */
function readWorkbook(files: Files): Workbook {
  const rootRels = relationships(files, '');
  const officeDocument = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument') && !r.external);
  const workbookPart = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
  const sheetsListed: { name: string; state: string; rel: string }[] = [];
  let date1904 = false;
  const found = scanPart(files, workbookPart, {
    open(name, attrs) {
      if (name === 'workbookPr') {
        const d = attribute(attrs, 'date1904');
        date1904 = d === '1' || d === 'true';
      } else if (name === 'sheet') {
        const a = attributes(attrs);
        sheetsListed.push({ name: a['name'] ?? '', state: a['state'] ?? 'visible', rel: a['id'] ?? '' });
      }
    },
    close() {},
    text() {},
  });
  if (!found) throw new XmlError(`the workbook part ${workbookPart} is missing`);
  const rels = relationships(files, workbookPart);
  const partOf = (suffix: string) => {
    const rel = [...rels.values()].find((r) => r.type.endsWith(suffix) && !r.external);
    return rel ? resolveTarget(workbookPart, rel.target) : undefined;
  };
  const sheets: Workbook['sheets'] = [];
  for (const listed of sheetsListed) {
    const rel = rels.get(listed.rel);
    if (!rel || rel.external || !WORKSHEET_REL.test(rel.type)) continue;
    const part = resolveTarget(workbookPart, rel.target);
    if (files.has(part)) sheets.push({ name: listed.name, state: listed.state, part });
  }
  return { part: workbookPart, sheets, date1904, stringsPart: partOf('/sharedStrings'), stylesPart: partOf('/styles') };
}

/** One sheet read: the engine's text part (with its table) and, for the viewer, its grid; `budget` counts cells left. */
function sheetOf(
  listed: Workbook['sheets'][number],
  data: SheetData,
  forView: boolean,
  budget: { cells: number },
): { part: DocumentPart; view: SheetView | null } {
  const spans = applyMerges(data);
  const partName = sheetPartName(listed.name, listed.state);
  const lines: string[] = [];
  const table: string[][] = [];
  const grid: SheetCell[] = [];
  let rowCount = 0;
  let colCount = 0;
  for (const r of [...data.rows.keys()].sort((a, b) => a - b)) {
    const rowCells = data.rows.get(r);
    if (!rowCells || rowCells.size === 0) continue;
    if (budget.cells <= 0) continue;
    const values: string[] = [];
    // The same cells at their columns (blank ones kept) for the layout stage: a blank state cell means something.
    const positioned: string[] = [];
    for (const c of [...rowCells.keys()].sort((a, b) => a - b)) {
      if (budget.cells-- <= 0) continue;
      const cell = rowCells.get(c);
      if (!cell) continue;
      const value = cell.value.replace(/\s+/g, ' ').trim();
      values.push(value);
      if (c < 1000) {
        while (positioned.length < c) positioned.push('');
        positioned[c] = value;
      }
      if (!forView || cell.master || !value) continue;
      const entry: SheetCell = { row: r, col: c, value };
      const pattern = cell.style?.numFmt;
      if (pattern && pattern !== 'General' && cell.formatted !== undefined) {
        entry.numFmt = pattern;
        entry.number = cell.formatted;
      }
      const span = spans.get(cell);
      if (span) Object.assign(entry, span);
      if (cell.style?.bold) entry.bold = true;
      grid.push(entry);
      rowCount = Math.max(rowCount, r + (entry.rowSpan ?? 1));
      colCount = Math.max(colCount, c + (entry.colSpan ?? 1));
    }
    if (values.some((x) => x)) {
      lines.push(values.join('\t'));
      table.push(positioned);
    }
  }
  const part: DocumentPart = { part: partName, text: lines.join('\n'), hasTextLayer: true };
  if (table.length > 0) part.tables = [{ rows: table }];
  if (!forView) return { part, view: null };
  const colWidths = Array.from({ length: Math.min(colCount, 16384) }, (_, i) => data.widths.get(i) ?? null);
  const state: SheetView['state'] = listed.state === 'hidden' || listed.state === 'veryHidden' ? listed.state : 'visible';
  return { part, view: { name: listed.name, part: partName, state, rowCount, colCount, cells: grid, colWidths } };
}

/** The workbook from its checked, unpacked parts; `forView` asks for the viewer's grids too. */
export function readXlsxParts(path: string, files: Files, forView: boolean): ExtractedDocument {
  const book = readWorkbook(files);
  const strings = sharedStrings(files, book.stringsPart);
  const ctx: ReadContext = {
    string: (index) => strings[index] ?? '',
    styles: cellStyles(files, book.stylesPart),
    date1904: book.date1904,
  };
  const doc = emptyDocument(path, 'xlsx', 'ok');
  const budget = { cells: MAX_CELLS };
  const parts: DocumentPart[] = [];
  const sheets: SheetView[] = [];
  for (const listed of book.sheets) {
    const { part, view } = sheetOf(listed, readSheet(files, listed.part, ctx), forView, budget);
    parts.push(part);
    if (view) sheets.push(view);
  }
  if (budget.cells <= 0) doc.notes = [`only the first ${MAX_CELLS} cells were read`];
  doc.parts = parts;
  if (forView) doc.view = { sheets };
  return doc;
}

/** Rows of the first sheet in the viewer's first screen (`previewXlsx`): more than a screen shows. */
export const PREVIEW_ROWS = 200;

/** The parts given to previewXlsx end before its first screen does: it needs them whole. */
class PreviewTooShort extends Error {
  constructor(part: string) {
    super(`${part} is cut before the first screen ends`);
  }
}

/**
 * The viewer's first screen of a workbook, read before the whole of it: the first sheet's first
 * `PREVIEW_ROWS` rows (merges, listed after the cells, are left out), with only the shared
 * strings they use. The same reading as `readXlsxParts`, stopped early. Null when that would be
 * the whole workbook (one sheet of no more rows).
 */
export function previewXlsx(files: Files, cut: ReadonlySet<string> = new Set()): DocumentView | null {
  const book = readWorkbook(files);
  const first = book.sheets[0];
  if (!first) return null;
  // Parts given only in part (safeUnzipHeads): what is read of them must end before their cut.
  for (const part of cut)
    if (part === book.stylesPart || part.endsWith('.rels') || part === '[Content_Types].xml' || /workbook\.xml$/i.test(part))
      throw new PreviewTooShort(part);
  const styles = cellStyles(files, book.stylesPart);
  // The rows once to learn which shared strings they use, then again with those strings.
  let used = -1;
  readSheet(
    files,
    first.part,
    {
      string: (index) => {
        used = Math.max(used, index);
        return '';
      },
      styles,
      date1904: book.date1904,
    },
    PREVIEW_ROWS,
  );
  const strings = sharedStrings(files, book.stringsPart, used + 1);
  if (book.stringsPart && cut.has(book.stringsPart) && strings.length < used + 1) throw new PreviewTooShort(book.stringsPart);
  const data = readSheet(files, first.part, { string: (index) => strings[index] ?? '', styles, date1904: book.date1904 }, PREVIEW_ROWS);
  if (cut.has(first.part) && !data.isCut) throw new PreviewTooShort(first.part);
  if (!data.isCut && book.sheets.length === 1) return null;
  const { view } = sheetOf(first, data, true, { cells: MAX_CELLS });
  return view ? { sheets: [view] } : null;
}
