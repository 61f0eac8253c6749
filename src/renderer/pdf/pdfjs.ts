import { LIMITS } from '@shared/limits';
import { AnnotationMode, GlobalWorkerOptions, PDFWorker, getDocument } from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy, PageViewport } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfjsAssetUrls } from './asset-urls';
import { FetchBinaryDataFactory, needsFetchFactory } from './fetch-binary-data';
import { classifyPdfError, type PdfFailure } from './pdf-failure';
import { withTimeBudget } from './watchdog';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Time allowed to parse a document up to a usable PDFDocumentProxy. */
export const OPEN_BUDGET_MS = 10_000;
/** Time allowed for one page's operator list and canvas paint. */
export const PAGE_BUDGET_MS = 15_000;
/** Images above this many pixels are dropped by pdf.js before decoding (JBIG2/flate bombs): the readers' limit. */
export const MAX_IMAGE_PIXELS = LIMITS.imagePixels;

let sharedWorker: PDFWorker | null = null;
/** Set when a budget ran out: the worker thread may be stuck in a hostile file, so the next open starts a fresh one. */
let isWorkerSuspect = false;

/** The one long-lived pdf.js worker every document uses (a warm worker paints page 1 in ~50 ms instead of ~450). */
export function getPdfWorker(): PDFWorker {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new PDFWorker();
  return sharedWorker;
}

/** Starts the worker ahead of the first document; call when the claim view mounts. */
export function warmPdfWorker(): Promise<void> {
  return getPdfWorker().promise;
}

/** Terminates the worker thread (the only way to stop a synchronous loop inside it). */
export function resetPdfWorker(): void {
  sharedWorker?.destroy();
  sharedWorker = null;
  isWorkerSuspect = false;
}

export interface OpenPdfOptions {
  password?: string;
  budgetMs?: number;
  /** Base for the asset URLs; defaults to document.baseURI. */
  baseUri?: string;
}

export type OpenPdfResult = { status: 'ok'; doc: PDFDocumentProxy; ms: number } | { status: 'failed'; failure: PdfFailure };

/**
 * Opens a PDF from bytes (their buffer is transferred to the worker: do not reuse them).
 * Active content stays off: no XFA, no scripting sandbox is loaded, and no annotation layer is
 * ever built, so links (javascript: or otherwise) cannot navigate. Never rejects.
 */
export async function openPdf(bytes: Uint8Array, opts: OpenPdfOptions = {}): Promise<OpenPdfResult> {
  if (isWorkerSuspect) resetPdfWorker();
  const baseUri = opts.baseUri ?? document.baseURI;
  const loadingTask = getDocument({
    data: bytes,
    password: opts.password,
    worker: getPdfWorker(),
    ...pdfjsAssetUrls(baseUri),
    BinaryDataFactory: needsFetchFactory(baseUri) ? FetchBinaryDataFactory : undefined,
    cMapPacked: true,
    enableXfa: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    // Whole file is in memory: nothing to stream or range-fetch.
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    // Pages render on this thread; the separate renderer worker is not shipped.
    disableWorkerRendering: true,
    stopAtErrors: false,
  });
  try {
    const result = await withTimeBudget(loadingTask.promise, opts.budgetMs ?? OPEN_BUDGET_MS, () => {
      isWorkerSuspect = true;
      void loadingTask.destroy();
    });
    if (result.status === 'timed-out') {
      return { status: 'failed', failure: { kind: 'timed-out', reason: `not opened within ${(result.ms / 1000).toFixed(1)} s` } };
    }
    return { status: 'ok', doc: result.value, ms: result.ms };
  } catch (error) {
    void loadingTask.destroy();
    return { status: 'failed', failure: classifyPdfError(error) };
  }
}

/** Largest canvas backing store we allocate (pixels); hostile MediaBoxes ask for billions. */
export const MAX_CANVAS_PIXELS = 16_777_216;

/** Device pixel ratio for a page canvas, lowered so the backing store stays under MAX_CANVAS_PIXELS. */
export function canvasPixelRatio(cssWidth: number, cssHeight: number, devicePixelRatio: number): number {
  const area = Math.max(1, cssWidth * cssHeight);
  const ratio = Math.min(devicePixelRatio, Math.sqrt(MAX_CANVAS_PIXELS / area));
  return Math.max(ratio, 1e-3);
}

export type RenderResult = { status: 'ok'; ms: number } | { status: 'cancelled' } | { status: 'failed'; failure: PdfFailure };

export interface PageRender {
  promise: Promise<RenderResult>;
  cancel: () => void;
}

/**
 * Paints a page into `canvas` under a time budget. Annotations with appearance streams are
 * painted into the canvas (no clickable layer). Never rejects.
 */
export function renderPage(page: PDFPageProxy, canvas: HTMLCanvasElement, viewport: PageViewport, budgetMs = PAGE_BUDGET_MS): PageRender {
  const ratio = canvasPixelRatio(viewport.width, viewport.height, window.devicePixelRatio || 1);
  canvas.width = Math.max(1, Math.floor(viewport.width * ratio));
  canvas.height = Math.max(1, Math.floor(viewport.height * ratio));
  const task = page.render({
    canvas,
    viewport,
    transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    annotationMode: AnnotationMode.ENABLE,
  });
  let isCancelled = false;
  const promise = withTimeBudget(task.promise, budgetMs, () => {
    isWorkerSuspect = true;
    task.cancel();
  }).then(
    (result): RenderResult =>
      result.status === 'ok'
        ? { status: 'ok', ms: result.ms }
        : {
            status: 'failed',
            failure: { kind: 'timed-out', reason: `page ${page.pageNumber} not painted within ${(result.ms / 1000).toFixed(1)} s` },
          },
    (error: unknown): RenderResult => (isCancelled ? { status: 'cancelled' } : { status: 'failed', failure: classifyPdfError(error) }),
  );
  return {
    promise,
    cancel: () => {
      isCancelled = true;
      task.cancel();
    },
  };
}
