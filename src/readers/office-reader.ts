import { zipSync, type Zippable } from 'fflate';
import type { DocumentPart, ExtractedDocument } from '@shared/documents/types';
import { ZipRefusedError, inspectZip, safeUnzip, type ZipEntryInfo } from '@shared/zip/safe-unzip';
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
  if (hasMarker) return emptyDocument(path, ext, 'password-required', 'the Office document is password-encrypted (ask the partner for an unprotected copy)');
  return emptyDocument(path, ext, 'unsupported', `named .${ext} but is a legacy binary Office file (.doc/.xls): not supported`);
}

async function readDocx(path: string, files: Map<string, Uint8Array>): Promise<ExtractedDocument> {
  // CommonJS module: the namespace's default is the API under Node and bundlers alike.
  const mammoth = (await loadReaderModule('Word', () => import('mammoth'))).default;
  const zip = repack(files);
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
  const input: { arrayBuffer: ArrayBuffer } = Object.assign({ arrayBuffer: zip.slice().buffer }, { buffer: zip });
  const result = await mammoth.extractRawText(input);
  const doc = emptyDocument(path, 'docx', 'ok');
  doc.parts = [{ part: 'paragraphs', text: tidyText(result.value), hasTextLayer: true }];
  return doc;
}

/** A cell's value as text, from exceljs's value model (its `text` getter throws or prints "[object Object]" for some formulas). */
export function cellValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return '';
  const v = value as { richText?: { text?: unknown }[]; text?: unknown; result?: unknown; error?: unknown; formula?: unknown; sharedFormula?: unknown };
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

async function readXlsx(path: string, files: Map<string, Uint8Array>): Promise<ExtractedDocument> {
  const ExcelJS = (await loadReaderModule('Excel', () => import('exceljs'))).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(repack(files) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const doc = emptyDocument(path, 'xlsx', 'ok');
  let budget = MAX_CELLS;
  const parts: DocumentPart[] = [];
  for (const sheet of workbook.worksheets) {
    const lines: string[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (budget <= 0) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (budget-- > 0) cells.push(cellValueText(cell.value).replace(/\s+/g, ' ').trim());
      });
      if (cells.some((c) => c)) lines.push(cells.join('\t'));
    });
    parts.push({ part: sheetPartName(sheet.name, sheet.state), text: lines.join('\n'), hasTextLayer: true });
  }
  if (budget <= 0) doc.notes = [`only the first ${MAX_CELLS} cells were read`];
  doc.parts = parts;
  return doc;
}

function officeKind(entries: ZipEntryInfo[]): 'docx' | 'xlsx' | undefined {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  return undefined;
}

export async function readOfficeZip(path: string, bytes: Uint8Array, ext: string): Promise<ExtractedDocument> {
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
    return kind === 'docx' ? await readDocx(path, files) : await readXlsx(path, files);
  } catch (err) {
    if (err instanceof ReaderUnavailableError) throw err;
    return emptyDocument(path, kind, 'corrupt', `the ${kind} content could not be read: ${errorMessage(err)}`);
  }
}
