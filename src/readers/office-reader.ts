import type MammothModule from 'mammoth';
import { zipSync, type Zippable } from 'fflate';
import type { DocumentPart, DocumentView, ExtractedDocument } from '@shared/documents/types';
import { ZipRefusedError, inspectZip, safeUnzip, safeUnzipHeads, type ZipEntryInfo } from '@shared/zip/safe-unzip';
import { tablesFromHtml } from './docx-tables';
import { ReaderUnavailableError, emptyDocument, errorMessage, loadReaderModule, tidyText } from './reader-context';
import { decodeXml, partText, scanXml, XmlError } from './ooxml-xml';
import { previewXlsx, readXlsxParts } from './xlsx-reader';

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

/** A viewer's first screen (`ExtractOptions.onPreview`), given before the whole document is read. */
export type PreviewSink = (view: DocumentView) => void;

/** Top-level blocks (paragraphs, tables) of a .docx in the viewer's first screen: more than a screen. */
const PREVIEW_BLOCKS = 40;
const MAIN_PART = 'word/document.xml';

class CutFound extends Error {}

/**
 * The main part of a .docx cut after its first `blocks` top-level blocks (children of the body)
 * and closed as the document closes itself; null when it is not longer than that, or not laid
 * out as a Word document is (the tail is not just the body's and the document's closing tags).
 */
export function firstBlocksOf(xml: string, blocks: number): string | null {
  const bodyClose = xml.lastIndexOf('</', xml.lastIndexOf('body>'));
  const tail = bodyClose < 0 ? '' : xml.slice(bodyClose);
  if (!/^<\/[\w.-]+:body>\s*<\/[\w.-]+:document>\s*$/.test(tail)) return null;
  let depth = 0;
  let bodyDepth = -1;
  let count = 0;
  try {
    scanXml(xml, {
      open(name) {
        depth++;
        if (name === 'body' && bodyDepth < 0) bodyDepth = depth;
      },
      close(_name, end) {
        if (bodyDepth > 0 && depth === bodyDepth + 1 && ++count >= blocks && end < bodyClose) throw new CutFound(String(end));
        depth--;
      },
      text() {},
    });
  } catch (err) {
    if (err instanceof CutFound) return xml.slice(0, Number(err.message)) + tail;
  }
  return null;
}

/** mammoth's input from a (re-packed) archive: its Node build reads `buffer`, its browser build `arrayBuffer`; both given. */
function mammothInput(zip: Uint8Array): { arrayBuffer: ArrayBuffer } {
  return Object.assign({ arrayBuffer: zip.slice().buffer }, { buffer: zip });
}

/** mammoth's HTML as the viewer gets it: over-large HTML without its pictures, messages as notes. */
function viewOfHtml(html: { value: string; messages: { message: string }[] }): DocumentView {
  const notes = html.messages.map((m) => m.message.replace(/\s+/g, ' ').slice(0, 200));
  let value = html.value;
  if (value.length > MAX_VIEW_HTML_CHARS) {
    value = value.replace(/<img\b[^>]*>/gi, '');
    notes.push('pictures left out: the document is too large to show them');
  }
  return { html: value.slice(0, MAX_VIEW_HTML_CHARS), htmlNotes: [...new Set(notes)].slice(0, 20) };
}

type Mammoth = typeof MammothModule;

/**
 * A long .docx's first screen for the viewer: the same archive with its main part cut after the
 * first blocks, converted by mammoth as the whole will be. Nothing when the document is short or
 * its main part is not word/document.xml; a failure here only means no first screen.
 */
async function previewDocx(mammoth: Mammoth, files: Map<string, Uint8Array>, sink: PreviewSink): Promise<void> {
  const rels = files.get('_rels/.rels');
  const main = files.get(MAIN_PART);
  if (!rels || !main || !/Target="\/?word\/document\.xml"/.test(partText(rels))) return;
  const head = firstBlocksOf(partText(main), PREVIEW_BLOCKS);
  if (head === null) return;
  const cut = new Map(files);
  cut.set(MAIN_PART, new TextEncoder().encode(head));
  try {
    sink(viewOfHtml(await mammoth.convertToHtml(mammothInput(repack(cut)))));
  } catch {
    // The whole document is read next, and shown when it is.
  }
}

/** Header and footer parts read per document: Word keeps three of each per section (first, even, default). */
const MAX_HEADER_PARTS = 24;
const MAX_HEADER_CHARS = 20_000;

/**
 * The text of a part's paragraphs, a table's row per line with its cells split by tabs (the
 * layout stage reads them as columns), as a page header or footer holds a letterhead.
 */
export function wordPartText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  let cell = '';
  let cells: string[] = [];
  let inText = false;
  let cellDepth = 0;
  let chars = 0;
  scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === 't' && !selfClosing) inText = true;
      else if (name === 'tab' || name === 'br') {
        if (cellDepth > 0) cell += ' ';
        else line += name === 'tab' ? '\t' : ' ';
      } else if (name === 'tc' && !selfClosing) cellDepth++;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'p') {
        if (cellDepth > 0) cell += ' ';
        else if (line.trim()) {
          lines.push(line.trim());
          line = '';
        }
      } else if (name === 'tc') {
        cellDepth = Math.max(0, cellDepth - 1);
        cells.push(cell.replace(/\s+/g, ' ').trim());
        cell = '';
      } else if (name === 'tr') {
        if (cells.some(Boolean)) lines.push(cells.join('\t'));
        cells = [];
      }
    },
    text(raw) {
      if (!inText || chars > MAX_HEADER_CHARS) return;
      const t = decodeXml(raw);
      chars += t.length;
      if (cellDepth > 0) cell += t;
      else line += t;
    },
  });
  if (line.trim()) lines.push(line.trim());
  return lines.join('\n');
}

/**
 * The page headers and footers of a .docx (mammoth reads the body only): a letterhead table
 * naming the partner, a document number, a "Confidential – Contoso" footer. One part each
 * ("page header", "page footer": not an email's "header"), identical texts once; after the body, so the body's first lines stay the
 * document's heading. A part that does not parse is left out (the body is still read).
 */
function headerFooterParts(files: ReadonlyMap<string, Uint8Array>): DocumentPart[] {
  const out: DocumentPart[] = [];
  for (const kind of ['header', 'footer'] as const) {
    const re = new RegExp(`^word/${kind}\\d*\\.xml$`);
    const names = [...files.keys()]
      .filter((n) => re.test(n))
      .sort()
      .slice(0, MAX_HEADER_PARTS);
    const texts: string[] = [];
    for (const name of names) {
      const bytes = files.get(name);
      if (!bytes) continue;
      try {
        const t = tidyText(wordPartText(partText(bytes)));
        if (t.trim() && !texts.includes(t)) texts.push(t);
      } catch (err) {
        if (!(err instanceof XmlError)) throw err;
      }
    }
    if (texts.length > 0) out.push({ part: `page ${kind}`, text: texts.join('\n'), hasTextLayer: true });
  }
  return out;
}

async function readDocx(path: string, files: Map<string, Uint8Array>, forView: boolean, preview?: PreviewSink): Promise<ExtractedDocument> {
  // CommonJS module: the namespace's default is the API under Node and bundlers alike.
  const mammoth = (await loadReaderModule('Word', () => import('mammoth'))).default;
  if (forView && preview) await previewDocx(mammoth, files, preview);
  const zip = repack(files);
  const input = () => mammothInput(zip);
  const result = await mammoth.extractRawText(input());
  const doc = emptyDocument(path, 'docx', 'ok');
  const part: DocumentPart = { part: 'paragraphs', text: tidyText(result.value), hasTextLayer: true };
  doc.parts = [part, ...headerFooterParts(files)];
  // The same library reads the same checked archive; external files are never opened (mammoth's default).
  // Without the viewer, pictures are not encoded at all (only the tables are wanted).
  const html = forView
    ? await mammoth.convertToHtml(input())
    : await mammoth.convertToHtml(input(), { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
  // The tables as Word holds them (rows and cells), for the layout stage: template rows, state columns.
  const tables = tablesFromHtml(html.value);
  if (tables.length > 0) part.tables = tables;
  if (forView) doc.view = viewOfHtml(html);
  return doc;
}

function officeKind(entries: ZipEntryInfo[]): 'docx' | 'xlsx' | undefined {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  return undefined;
}

/**
 * A .docx or .xlsx. With `forView`, the viewer's grids or HTML too; with `preview` as well, its
 * first screen (a sheet's first rows, a long document's first blocks) is given to it first, from
 * the same checked archive, before the whole is read.
 */
export async function readOfficeZip(
  path: string,
  bytes: Uint8Array,
  ext: string,
  forView = false,
  preview?: PreviewSink,
): Promise<ExtractedDocument> {
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
  // A workbook's first screen from the first bytes of its parts, before the whole is inflated.
  const hasPreview = kind === 'xlsx' && forView && preview ? previewFromHeads(bytes, preview) : false;
  let files: Map<string, Uint8Array>;
  try {
    files = safeUnzip(bytes);
  } catch (err) {
    if (err instanceof ZipRefusedError) return zipFailure(path, kind, err);
    throw err;
  }
  try {
    if (kind === 'docx') return await readDocx(path, files, forView, preview);
    if (forView && preview && !hasPreview) previewSheet(files, preview);
    return readXlsxParts(path, files, forView);
  } catch (err) {
    if (err instanceof ReaderUnavailableError) throw err;
    return emptyDocument(path, kind, 'corrupt', `the ${kind} content could not be read: ${errorMessage(err)}`);
  }
}

/** Output read of each part for a workbook's first screen: its first sheet's first rows, their strings. */
const PREVIEW_HEAD_BYTES = 256 * 1024;

/** A workbook's first screen from the heads of its parts; false when they are too short for it (or it fails). */
function previewFromHeads(bytes: Uint8Array, sink: PreviewSink): boolean {
  try {
    const { files, cut } = safeUnzipHeads(bytes, PREVIEW_HEAD_BYTES);
    const view = previewXlsx(files, cut);
    if (view) sink(view);
    return true;
  } catch {
    return false;
  }
}

/**
 * A long .docx's or .xlsx's first screen alone, without reading the whole: what `readOfficeZip`
 * gives its `preview` sink, from the same checks (the central directory first, capped inflating).
 * The viewer asks for it apart (on a reader of its own) so that a document's first screen never
 * waits behind the whole reading of another. Null when there is none: a short document, a zip
 * that is not a Word or Excel document, an archive refused or damaged (the whole reading says why).
 */
export async function readOfficeFirstScreen(bytes: Uint8Array): Promise<DocumentView | null> {
  let view: DocumentView | null = null;
  const sink: PreviewSink = (v) => {
    view ??= v;
  };
  let kind: 'docx' | 'xlsx' | undefined;
  try {
    kind = officeKind(inspectZip(bytes));
  } catch (err) {
    if (err instanceof ZipRefusedError) return null;
    throw err;
  }
  if (!kind) return null;
  if (kind === 'xlsx' && previewFromHeads(bytes, sink)) return view;
  let files: Map<string, Uint8Array>;
  try {
    files = safeUnzip(bytes);
  } catch (err) {
    if (err instanceof ZipRefusedError) return null;
    throw err;
  }
  if (kind === 'xlsx') previewSheet(files, sink);
  else await previewDocx((await loadReaderModule('Word', () => import('mammoth'))).default, files, sink);
  return view;
}

/** A workbook's first screen; a failure here only means none (the whole reading says why). */
function previewSheet(files: Map<string, Uint8Array>, sink: PreviewSink): void {
  let view: DocumentView | null;
  try {
    view = previewXlsx(files);
  } catch {
    return;
  }
  if (view) sink(view);
}
