import { zipSync, type Zippable } from 'fflate';
import type { DocumentPart, ExtractedDocument } from '@shared/documents/types';
import { ZipRefusedError, inspectZip, safeUnzip, type ZipEntryInfo } from '@shared/zip/safe-unzip';
import { tablesFromHtml } from './docx-tables';
import { ReaderUnavailableError, emptyDocument, errorMessage, loadReaderModule, tidyText } from './reader-context';
import { readXlsxParts } from './xlsx-reader';

/**
 * .docx (mammoth) and .xlsx (xlsx-reader.ts, straight from the XML parts). The archive is
 * checked (central directory) and unpacked by safe-unzip first, which also caps the real sizes;
 * mammoth, which inflates whole archives itself, gets a re-packed copy of what passed. Neither
 * fetches anything: mammoth's external file access is off by default and raw-text extraction
 * never loads images; the .xlsx scanner expands no entity beyond XML's own and refuses DOCTYPEs
 * that declare any.
 */

/** Damage (truncation, bad data) is "corrupt"; limits and unsafe names are "refused". */
function zipFailure(path: string, kind: 'docx' | 'xlsx', err: ZipRefusedError): ExtractedDocument {
  const state = err.kind === 'damaged' ? 'corrupt' : err.kind === 'unsupported' ? 'unsupported' : 'refused';
  return emptyDocument(path, kind, state, err.message);
}

/**
 * The checked entries as a fresh zip for mammoth (stored, not compressed: it never leaves
 * memory). Under Node mammoth wants a Buffer (its Node entry only takes `buffer`); in the
 * browser its browser build takes the bytes as they are.
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
    return kind === 'docx' ? await readDocx(path, files, forView) : readXlsxParts(path, files, forView);
  } catch (err) {
    if (err instanceof ReaderUnavailableError) throw err;
    return emptyDocument(path, kind, 'corrupt', `the ${kind} content could not be read: ${errorMessage(err)}`);
  }
}
