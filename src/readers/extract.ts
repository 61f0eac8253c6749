import { LIMITS } from '@shared/limits';
import type * as Pdfjs from 'pdfjs-dist';
import type { DocumentKind, DocumentView, ExtractedDocument } from '@shared/documents/types';
import { ZipRefusedError } from '@shared/zip/safe-unzip';
import { documentTypes } from '@shared/queue/queue-documents';
import { ReaderUnavailableError, emptyDocument, errorMessage, type ReaderContext } from './reader-context';
import { extensionOf, sniff, type SniffedType } from './sniff';
import { ReaderTimeoutError, remainingMs, runWithTimeout } from './run-with-timeout';
import { readPdf } from './pdf-reader';
import { readImage } from './image-reader';
import { readEml } from './eml-reader';
import { readMsg } from './msg-reader';
import { readOfficeFirstScreen, readOfficeZip, readOle } from './office-reader';
import type { OcrBudget, OcrEngine, OcrOptions } from './ocr';

/** The pdf.js module (legacy build in Node, modern build in the browser). */
export type PdfjsModule = typeof Pdfjs;

/** What the platform gives the readers: pdf.js, its offline assets, and hashing. */
export interface ReaderEnv {
  loadPdfjs(): Promise<PdfjsModule>;
  /**
   * Folder URLs (browser) or paths (Node), each ending in "/". Without standardFontDataUrl
   * (neither node.ts nor browser.ts gives it) pdf.js does not load the standard fonts' glyph
   * files: only drawing text needs them; the text, its positions and widths come from the PDF and
   * pdf.js's own metrics.
   */
  pdfAssets: { cMapUrl: string; standardFontDataUrl?: string; wasmUrl: string };
  /** Lower-case hex SHA-256. */
  sha256(bytes: Uint8Array): Promise<string>;
  /**
   * pdf.js `useWorkerFetch`; left unset in Node, where pdf.js reads files itself. False with
   * `pdfBinaryDataFactory` (browser.ts).
   */
  pdfWorkerFetch?: boolean;
  /**
   * pdf.js `BinaryDataFactory` (used when `pdfWorkerFetch` is false): loads the assets of
   * `pdfAssets` and refuses, without a request, the kinds it has no folder for.
   */
  pdfBinaryDataFactory?: new (urls: { cMapUrl?: string | null; standardFontDataUrl?: string | null; wasmUrl?: string | null }) => {
    fetch(request: { kind: string; filename: string }): Promise<Uint8Array>;
  };
  /**
   * OCR for image-only PDF pages and images (readers/ocr.ts). Absent: scans are read without
   * it (their parts have no text, and the checks that need them say "review").
   */
  ocr?: OcrEngine;
}

export interface ExtractOptions {
  /** Budget for the whole document, attachments included. Default 30 s. */
  timeoutMs?: number;
  /** How deep attachments of attachments are read. Default 3. */
  maxAttachmentDepth?: number;
  /** Pages of a PDF read for text. Default 500. */
  maxPages?: number;
  /**
   * Also keep what a viewer shows, from the same reading: .docx HTML, .xlsx grids, and the bytes
   * of e-mail attachments (so they open as documents). Default false (the engine needs none of it).
   */
  forView?: boolean;
  /**
   * With `forView`: called, before the whole document is read, with the viewer's first screen of
   * a long one (a sheet's first rows, a .docx's first blocks). Top-level documents only; at most once.
   */
  onPreview?: (view: DocumentView) => void;
  /** OCR of scanned pages, when the environment has an engine: the languages to read (default: the engine's). */
  ocr?: OcrOptions;
}

/** The options with their defaults (a first screen only when one is asked for). */
type ResolvedOptions = Omit<Required<ExtractOptions>, 'onPreview'> & Pick<ExtractOptions, 'onPreview'>;

export const DEFAULT_EXTRACT_OPTIONS = {
  timeoutMs: LIMITS.documentMs,
  maxAttachmentDepth: LIMITS.attachmentDepth,
  maxPages: LIMITS.pdfTextPages,
  maxAttachments: 100,
} as const;

/** What the content of each known type sniffs as (an encrypted .docx / .xlsx is an OLE container). */
const SNIFFED_AS: Record<DocumentKind, SniffedType['kind'][]> = {
  pdf: ['pdf'],
  image: ['image'],
  eml: ['eml'],
  msg: ['ole'],
  docx: ['zip', 'ole'],
  xlsx: ['zip', 'ole'],
  unsupported: [],
};

/** By extension, from the one list of types (shared/queue/queue-documents.ts). */
const EXPECTED_BY_EXTENSION: Record<string, SniffedType['kind'][]> = Object.fromEntries(
  documentTypes().map(([ext, type]) => [ext, SNIFFED_AS[type.kind]]),
);

function label(type: SniffedType): string {
  switch (type.kind) {
    case 'pdf':
      return 'PDF';
    case 'zip':
      return 'zip archive';
    case 'ole':
      return 'OLE compound file';
    case 'image':
      return `${type.format.toUpperCase()} image`;
    case 'eml':
      return 'e-mail message';
    case 'other':
      return type.label;
  }
}

async function dispatch(path: string, bytes: Uint8Array, type: SniffedType, ctx: ReaderContext): Promise<ExtractedDocument> {
  const ext = extensionOf(path);
  switch (type.kind) {
    case 'pdf':
      return readPdf(path, bytes, ctx);
    case 'image':
      return readImage(path, bytes, type.format, ctx);
    case 'eml':
      return readEml(path, bytes, ctx);
    case 'ole':
      return ext === 'docx' || ext === 'xlsx' ? readOle(path, bytes, ext) : readMsg(path, bytes, ctx);
    case 'zip':
      return readOfficeZip(path, bytes, ext, ctx.forView, ctx.depth === 0 ? ctx.onPreview : undefined);
    case 'other': {
      const named = ext ? `; named .${ext}` : '';
      return emptyDocument(path, 'unsupported', 'unsupported', `not a supported document type: ${type.label}${named}`);
    }
  }
}

function kindOf(type: SniffedType, ext: string): DocumentKind {
  switch (type.kind) {
    case 'pdf':
    case 'image':
    case 'eml':
      return type.kind;
    case 'ole':
      return ext === 'docx' || ext === 'xlsx' ? ext : 'msg';
    case 'zip':
      return ext === 'docx' || ext === 'xlsx' ? ext : 'unsupported';
    case 'other':
      return 'unsupported';
  }
}

function failure(path: string, err: unknown, kind: DocumentKind = 'unsupported'): ExtractedDocument {
  if (err instanceof ReaderTimeoutError) return emptyDocument(path, kind, 'timeout', err.message);
  if (err instanceof ZipRefusedError) return emptyDocument(path, kind, 'refused', err.message);
  if (err instanceof ReaderUnavailableError) return emptyDocument(path, kind, 'unsupported', err.message);
  return emptyDocument(path, kind, 'corrupt', `could not be read: ${errorMessage(err)}`);
}

async function readAny(path: string, bytes: Uint8Array, ctx: ReaderContext): Promise<ExtractedDocument> {
  let type = sniff(bytes);
  // A terse message (a few headers we do not count) still reads as mail when it is named .eml.
  if (type.kind === 'other' && type.label === 'plain text' && extensionOf(path) === 'eml') type = { kind: 'eml' };
  let doc: ExtractedDocument;
  // Hashed first: OCR results are cached by the document's hash.
  let sha256: string | undefined;
  let hashError: unknown;
  try {
    sha256 = await ctx.env.sha256(bytes);
  } catch (err) {
    hashError = err;
  }
  try {
    // PDFs enforce the budget themselves (they must destroy pdf.js's task); the rest are raced.
    doc =
      type.kind === 'pdf'
        ? await dispatch(path, bytes, type, { ...ctx, sha256 })
        : await runWithTimeout(dispatch(path, bytes, type, { ...ctx, sha256 }), remainingMs(ctx.deadline) + ocrAllowance(ctx, type));
  } catch (err) {
    doc = failure(path, err, kindOf(type, extensionOf(path)));
  }
  const expected = EXPECTED_BY_EXTENSION[extensionOf(path)];
  if (expected && !expected.includes(type.kind)) {
    doc.notes = [...(doc.notes ?? []), `named .${extensionOf(path)} but the content is ${label(type)}`];
    if (doc.state === 'unsupported' && doc.stateDetail) doc.stateDetail = `named .${extensionOf(path)} but is really ${label(type)}`;
  }
  doc.bytes = bytes.length;
  if (sha256 !== undefined) doc.sha256 = sha256;
  else doc.notes = [...(doc.notes ?? []), `SHA-256 not computed: ${errorMessage(hashError)}`];
  return doc;
}

/** Extra time an image may take: its OCR, within the document's shared OCR budget. */
function ocrAllowance(ctx: ReaderContext, type: SniffedType): number {
  return type.kind === 'image' && ctx.env.ocr ? ctx.ocrBudget.ms : 0;
}

function makeContext(
  env: ReaderEnv,
  deadline: number,
  depth: number,
  options: ResolvedOptions,
  budget: { remaining: number },
  ocrBudget: OcrBudget,
): ReaderContext {
  return {
    env,
    deadline,
    depth,
    maxAttachmentDepth: options.maxAttachmentDepth,
    maxPages: options.maxPages,
    forView: options.forView,
    onPreview: options.onPreview,
    attachmentBudget: budget,
    ocrLanguages: options.ocr.languages ?? [...(env.ocr?.defaultLanguages ?? [])],
    ocrBudget,
    readNested: async (path, bytes) => {
      if (depth + 1 > options.maxAttachmentDepth) {
        return emptyDocument(
          path,
          'unsupported',
          'refused',
          `attachment nested deeper than ${options.maxAttachmentDepth} levels: not read`,
        );
      }
      if (budget.remaining <= 0) return emptyDocument(path, 'unsupported', 'refused', 'too many attachments in this document: not read');
      budget.remaining -= 1;
      return readAny(path, bytes, makeContext(env, deadline, depth + 1, options, budget, ocrBudget));
    },
  };
}

/**
 * Reads one POE file into text, positions and facts. Never throws: every outcome is a state
 * ('ok', 'password-required', 'unsupported', 'corrupt', 'refused', 'timeout') with a reason.
 */
export async function extractDocument(
  input: { path: string; bytes: Uint8Array },
  env: ReaderEnv,
  options?: ExtractOptions,
): Promise<ExtractedDocument> {
  const resolved: ResolvedOptions = {
    timeoutMs: options?.timeoutMs ?? DEFAULT_EXTRACT_OPTIONS.timeoutMs,
    maxAttachmentDepth: options?.maxAttachmentDepth ?? DEFAULT_EXTRACT_OPTIONS.maxAttachmentDepth,
    maxPages: options?.maxPages ?? DEFAULT_EXTRACT_OPTIONS.maxPages,
    forView: options?.forView ?? false,
    onPreview: options?.onPreview,
    ocr: options?.ocr ?? {},
  };
  try {
    const budget = { remaining: DEFAULT_EXTRACT_OPTIONS.maxAttachments };
    const ocrBudget: OcrBudget = { ms: env.ocr?.budgetMs ?? 0 };
    return await readAny(input.path, input.bytes, makeContext(env, Date.now() + resolved.timeoutMs, 0, resolved, budget, ocrBudget));
  } catch (err) {
    return failure(input.path, err);
  }
}

/**
 * The viewer's first screen of a long .docx or .xlsx alone (what `onPreview` gets from a whole
 * reading), for a reader that answers first screens only. Null for any other file, a short one,
 * or one this reading fails on (the whole reading says why). Never throws.
 */
export async function extractFirstScreen(
  input: { path: string; bytes: Uint8Array },
  timeoutMs: number = DEFAULT_EXTRACT_OPTIONS.timeoutMs,
): Promise<DocumentView | null> {
  const ext = extensionOf(input.path);
  if ((ext !== 'docx' && ext !== 'xlsx') || sniff(input.bytes).kind !== 'zip') return null;
  try {
    return await runWithTimeout(readOfficeFirstScreen(input.bytes), timeoutMs);
  } catch {
    return null;
  }
}
