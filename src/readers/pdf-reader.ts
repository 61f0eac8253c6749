import { declaredPageCount, findOversizedStream } from './pdf-stream-guard';
import { listObjects } from './pdf-raw';
import { LIMITS, formatBytes } from '@shared/limits';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentMetadata, DocumentPart, ExtractedDocument } from '@shared/documents/types';
import { ReaderUnavailableError, emptyDocument, errorMessage, loadReaderModule, type ReaderContext } from './reader-context';
import { ReaderTimeoutError, remainingMs, runWithTimeout, yieldToEventLoop } from './run-with-timeout';
import { buildPageText } from './pdf-text';
import { formValues } from './pdf-form';
import { bytesToLatin1, pdfDateToIso } from './pdf-strings';
import { readPdfSignatures, type SignatureFieldHint } from './pdf-signatures';
import { ocrScannedPages } from './pdf-ocr';
import { drawingsOf, type DrawingOps } from './pdf-drawings';

/**
 * PDF text, positions, metadata and signatures through pdf.js, with active content off (no
 * XFA, no scripting: pdf.js has no eval path since 5.7) and a time budget that destroys the
 * loading task, which is the only way to stop pdf.js work on a flate or image bomb.
 * Images are never decoded: text comes from getTextContent, and a fillable form's values from its
 * widgets (pdf-form.ts), so a page without text is reported as having no text layer (a scan, or
 * blank) whatever images it holds.
 */

/** Largest image pdf.js may decode (pixels); bigger ones are dropped (the 35000² JBIG2 bomb). */
export const PDF_MAX_IMAGE_PIXELS = LIMITS.imagePixels;
/** Pages in a row that fail before we stop asking (a /Count of 213 million with one real page). */
const MAX_FAILED_PAGES = 20;

interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
  Producer?: unknown;
  Creator?: unknown;
  CreationDate?: unknown;
  ModDate?: unknown;
  IsSignaturesPresent?: unknown;
  IsAcroFormPresent?: unknown;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

async function readMetadata(doc: PDFDocumentProxy): Promise<{ metadata: DocumentMetadata; info: PdfInfo }> {
  const meta: { info: unknown } = await doc.getMetadata().catch(() => ({ info: {} }));
  const info = (meta.info ?? {}) as PdfInfo;
  const metadata: DocumentMetadata = {};
  const set = (key: keyof DocumentMetadata, value: string | undefined) => {
    if (value !== undefined) metadata[key] = value;
  };
  set('title', str(info.Title));
  set('author', str(info.Author));
  set('producer', str(info.Producer));
  set('creator', str(info.Creator));
  set('creationDate', pdfDateToIso(str(info.CreationDate)));
  set('modDate', pdfDateToIso(str(info.ModDate)));
  return { metadata, info };
}

/**
 * In Node, pdf.js's "fake worker" talks to the document through promise callbacks only, so a
 * timer cannot fire while it works: the budget is also checked between steps, and the loop
 * yields to the event loop now and then so timers (and a worker's messages) get a turn.
 */
function checkDeadline(deadline: number, budgetMs: number): void {
  if (Date.now() > deadline) throw new ReaderTimeoutError(budgetMs);
}

async function readPages(
  doc: PDFDocumentProxy,
  maxPages: number,
  deadline: number,
  budgetMs: number,
  ops?: DrawingOps,
): Promise<{ parts: DocumentPart[]; hints: SignatureFieldHint[]; notes: string[] }> {
  const parts: DocumentPart[] = [];
  const hints: SignatureFieldHint[] = [];
  const notes: string[] = [];
  const last = Math.min(doc.numPages, maxPages);
  let failedInARow = 0;
  for (let n = 1; n <= last; n++) {
    checkDeadline(deadline, budgetMs);
    if (n % 10 === 0) await yieldToEventLoop();
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: false });
      const annotations = (await page.getAnnotations({ intent: 'display' }).catch(() => [])) as {
        fieldType?: unknown;
        fieldName?: unknown;
      }[];
      for (const a of annotations) {
        if (a.fieldType === 'Sig' && typeof a.fieldName === 'string') hints.push({ fieldName: a.fieldName, page: n });
      }
      // A fillable form's values are in its widgets, not in the page's text.
      const form = annotations.length > 0 ? formValues(annotations) : null;
      if (form && form.skipped > 0)
        notes.push(`form fields past the first ${LIMITS.formFieldsPerPage.toLocaleString('en-US')} on page ${n} were not read`);
      const part = buildPageText(n, content.items, form?.items);
      // What the page draws besides text (ink, pasted signature images) tells a signed line from a blank one.
      if (ops && part.hasTextLayer) {
        const list = await page.getOperatorList().catch(() => null);
        if (list) part.drawings = drawingsOf(list.fnArray, list.argsArray, ops);
      }
      parts.push(part);
      page.cleanup();
      failedInARow = 0;
    } catch (err) {
      parts.push({ page: n, text: '', items: [], hasTextLayer: false });
      notes.push(`page ${n} could not be read: ${errorMessage(err)}`);
      if (++failedInARow >= MAX_FAILED_PAGES) {
        notes.push(`stopped after ${MAX_FAILED_PAGES} unreadable pages in a row`);
        break;
      }
    }
  }
  if (doc.numPages > last) notes.push(`only the first ${last} of ${doc.numPages} pages were read`);
  return { parts, hints, notes };
}

/** "too large to read: 100,000 pages, over the 10,000-page limit". */
function pdfPagesMessage(pages: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `too large to read: ${n(pages)} pages, over the ${n(LIMITS.pdfPages)}-page limit`;
}

function isPubSec(bytes: Uint8Array): boolean {
  return /\/Filter\s*\/Adobe\.PubSec/.test(bytesToLatin1(bytes));
}

function openFailure(path: string, bytes: Uint8Array, err: unknown): ExtractedDocument {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') {
    return emptyDocument(
      path,
      'pdf',
      'password-required',
      'the PDF is encrypted with a user password (ask the partner for an unprotected copy)',
    );
  }
  if (isPubSec(bytes)) {
    return emptyDocument(
      path,
      'pdf',
      'password-required',
      "the PDF is encrypted for certificate holders (Adobe.PubSec): only the recipient's private key opens it",
    );
  }
  if (err instanceof ReaderTimeoutError) return emptyDocument(path, 'pdf', 'timeout', err.message);
  if (err instanceof ReaderUnavailableError) return emptyDocument(path, 'pdf', 'unsupported', err.message);
  return emptyDocument(path, 'pdf', 'corrupt', `pdf.js could not read it: ${errorMessage(err)}`);
}

async function readOpened(
  path: string,
  doc: PDFDocumentProxy,
  bytes: Uint8Array,
  src: string,
  ctx: ReaderContext,
  budgetMs: number,
  ops?: DrawingOps,
): Promise<ExtractedDocument> {
  checkDeadline(ctx.deadline, budgetMs);
  // pdf.js walks the page tree for every page asked for: with 100,000 pages each costs a
  // fraction of a second, so such a file is refused before any page is read.
  if (doc.numPages > LIMITS.pdfPages) return emptyDocument(path, 'pdf', 'refused', pdfPagesMessage(doc.numPages));
  const { metadata } = await readMetadata(doc);
  const { parts, hints, notes } = await readPages(doc, ctx.maxPages, ctx.deadline, budgetMs, ops);
  const result = emptyDocument(path, 'pdf', 'ok');
  result.parts = parts;
  if (parts.length > 0 && notes.filter((n) => n.startsWith('page ')).length === parts.length) {
    result.state = 'corrupt';
    result.stateDetail = `no page could be read (${notes[0] ?? ''})`;
  }
  result.metadata = metadata;
  result.pageCount = doc.numPages;
  result.signatures = await readPdfSignatures(bytes, hints, src);
  // Scanned pages (no text layer) are read by OCR where the platform has it, after the text.
  if (ctx.env.ocr && result.state === 'ok' && parts.some((p) => !p.hasTextLayer))
    result.parts = await ocrScannedPages(doc, parts, ctx.env.ocr, ctx, notes);
  if (notes.length > 0) result.notes = notes;
  return result;
}

export async function readPdf(path: string, bytes: Uint8Array, ctx: ReaderContext): Promise<ExtractedDocument> {
  let task: PDFDocumentLoadingTask | undefined;
  const budgetMs = remainingMs(ctx.deadline);
  // pdf.js keeps a stream's whole decoded output: a flate bomb is refused before it is opened.
  const src = bytesToLatin1(bytes);
  const objects = listObjects(src, 0, src.length);
  // So is a page tree over the page limit, before pdf.js spends seconds opening it.
  const pages = declaredPageCount(objects);
  if (pages > LIMITS.pdfPages) return emptyDocument(path, 'pdf', 'refused', pdfPagesMessage(pages));
  const bomb = findOversizedStream(src, bytes, LIMITS.pdfStreamBytes, objects);
  if (bomb)
    return emptyDocument(
      path,
      'pdf',
      'refused',
      `too large to read: stream ${bomb} decodes to more than ${formatBytes(LIMITS.pdfStreamBytes)}`,
    );
  const work = (async () => {
    const pdfjs = await loadReaderModule('PDF', () => ctx.env.loadPdfjs());
    task = pdfjs.getDocument({
      // pdf.js may transfer (detach) the buffer it is given; signatures still need the bytes.
      data: bytes.slice(),
      cMapUrl: ctx.env.pdfAssets.cMapUrl,
      cMapPacked: true,
      ...(ctx.env.pdfAssets.standardFontDataUrl === undefined ? {} : { standardFontDataUrl: ctx.env.pdfAssets.standardFontDataUrl }),
      wasmUrl: ctx.env.pdfAssets.wasmUrl,
      useWorkerFetch: ctx.env.pdfWorkerFetch,
      ...(ctx.env.pdfBinaryDataFactory ? { BinaryDataFactory: ctx.env.pdfBinaryDataFactory } : {}),
      ...(ctx.env.ocr?.pdfCanvasFactory ? { CanvasFactory: ctx.env.ocr.pdfCanvasFactory } : {}),
      enableXfa: false,
      maxImageSize: PDF_MAX_IMAGE_PIXELS,
      disableFontFace: true,
      useSystemFonts: false,
      isOffscreenCanvasSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (err) {
      return openFailure(path, bytes, err);
    }
    return readOpened(path, doc, bytes, src, ctx, budgetMs, (pdfjs as { OPS?: DrawingOps }).OPS);
  })();
  try {
    // OCR of scanned pages has its own budget on top of reading the text.
    return await runWithTimeout(work, budgetMs + (ctx.env.ocr ? ctx.ocrBudget.ms : 0), () => void task?.destroy());
  } catch (err) {
    return openFailure(path, bytes, err);
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}
