import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { FailureAlert } from '../failure-alert';
import { useNearViewport } from '../pdf/use-near-viewport';
import { loadBytes, useLatestDocument, type DataState } from '../use-document-data';
import { useViewerKeys } from '../use-viewer-keys';
import type { ViewerDocument, ViewerFocus } from '../viewer-types';
import { UPRIGHT } from '../ocr/ocr-frame';
import { ScanNote, ScanTextLayer, frameScale, imageTextSource, useScanPage } from '../ocr/scan-text-layer';
import { useDocumentOcr } from '../ocr/use-document-ocr';
import type { PageTextSource } from '../pdf/page-text-cache';
import { SearchControls } from '../pdf/search-controls';
import type { SpanHighlight } from '../pdf/text-highlight';
import { usePdfSearch } from '../pdf/use-pdf-search';
import { ZOOM_STEP, clampZoom } from '../zoom';
import type { TiffListing, TiffPageInfo } from './tiff-pages';
import type { TiffRequest, TiffResponse } from './tiff-protocol';

type Ok<T extends 'open' | 'page'> = Extract<TiffResponse, { ok: true; type: T }>;
type RequestBody = { type: 'open'; bytes: ArrayBuffer } | { type: 'page'; index: number };

/** A worker holding one TIFF; pages are decoded there one at a time, in the order asked. */
class TiffDecoder {
  private readonly worker = new Worker(new URL('./tiff.worker.ts', import.meta.url), { type: 'module', name: 'poe-tiff' });
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: TiffResponse) => void; reject: (e: Error) => void }>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<TiffResponse>) => {
      const entry = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      if (!entry) return;
      if (event.data.ok) entry.resolve(event.data);
      else entry.reject(new Error(event.data.message));
    };
    this.worker.onerror = (event) => {
      for (const entry of this.waiting.values()) entry.reject(new Error(event.message || 'the image decoder failed'));
      this.waiting.clear();
    };
  }

  request<T extends 'open' | 'page'>(body: RequestBody & { type: T }): Promise<Ok<T>> {
    const id = this.nextId++;
    const message = { ...body, id } as TiffRequest;
    const transfer = 'bytes' in body ? [body.bytes] : [];
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: (r) => resolve(r as Ok<T>), reject });
      this.worker.postMessage(message, transfer);
    });
  }

  stop(): void {
    this.worker.terminate();
    for (const entry of this.waiting.values()) entry.reject(new Error('closed'));
    this.waiting.clear();
  }
}

interface Opened {
  decoder: TiffDecoder;
  listing: TiffListing;
}

function useTiff(document: ViewerDocument): DataState<Opened> {
  const latest = useLatestDocument(document);
  const { path } = document;
  const [state, setState] = useState<{ path: string; data: DataState<Opened> } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const decoder = new TiffDecoder();
    loadBytes(latest.current)
      .then((bytes) => decoder.request({ type: 'open', bytes }))
      .then(
        (opened) => {
          if (isCurrent) setState({ path, data: { status: 'ready', value: { decoder, listing: opened.listing } } });
        },
        (error: unknown) => {
          if (!isCurrent) return;
          const kind = error instanceof Error && 'kind' in error && typeof error.kind === 'string' ? error.kind : 'corrupt';
          setState({ path, data: { status: 'failed', failure: { kind, reason: error instanceof Error ? error.message : String(error) } } });
        },
      );
    return () => {
      isCurrent = false;
      decoder.stop();
    };
  }, [path, latest]);
  return state?.path === path ? state.data : { status: 'loading' };
}

function TiffPage(props: {
  decoder: TiffDecoder;
  index: number;
  info: TiffPageInfo;
  fileName: string;
  zoom: number | 'fit';
  root: HTMLElement | null;
  source: PageTextSource;
  highlights: readonly SpanHighlight[];
  /** Evidence on this page. */
  focus: ViewerFocus | null;
}) {
  const { decoder, index, info, fileName, zoom, root, source, highlights, focus } = props;
  const wrapperRef = useRef<HTMLDivElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const isNear = useNearViewport(wrapperRef, root, '100% 0px');
  const [failure, setFailure] = useState<string | null>(info.refusal);
  const [isPainted, setIsPainted] = useState(false);
  const wanted = isNear && !isPainted && !failure;
  useEffect(() => {
    if (!wanted) return;
    let isCurrent = true;
    decoder.request({ type: 'page', index }).then(
      (page) => {
        const canvas = canvasRef.current;
        const ctx = canvas?.getContext('2d');
        if (!isCurrent || !canvas || !ctx) return;
        canvas.width = page.width;
        canvas.height = page.height;
        ctx.putImageData(new ImageData(new Uint8ClampedArray(page.rgba), page.width, page.height), 0, 0);
        canvas.dataset.painted = 'true';
        setIsPainted(true);
      },
      (error: unknown) => {
        if (isCurrent) setFailure(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [wanted, decoder, index]);
  // The page's OCR words over its pixels (OCR read them as stored, as the canvas shows them).
  const scan = useScanPage(source, index + 1, UPRIGHT);
  const [wrapper, setWrapper] = useState<HTMLDivElement | null>(null);
  const shownWidth = useWidth(wrapper);
  const setWrapperRef = useCallback((element: HTMLDivElement | null) => {
    wrapperRef.current = element;
    setWrapper(element);
  }, []);
  const scale = scan && shownWidth > 0 ? frameScale(scan.frame, shownWidth) : 0;
  // A match or evidence on a page far from the screen: brought near, where its layer is laid out and scrolls to the mark.
  const isWanted = highlights.some((h) => h.isSelected) || Boolean(focus?.text);
  const focusNonce = focus?.nonce;
  useEffect(() => {
    if (isWanted && !isNear) wrapperRef.current?.scrollIntoView({ block: 'center' });
  }, [isWanted, isNear, focusNonce]);
  const width = zoom === 'fit' ? '100%' : `${Math.round(info.width * zoom)}px`;
  return (
    <div
      ref={setWrapperRef}
      className="poe-tiff-page poe-text-page"
      data-page-number={index + 1}
      style={{ width, aspectRatio: `${info.width} / ${info.height}`, '--total-scale-factor': scale } as CSSProperties}
    >
      <canvas ref={canvasRef} role="img" aria-label={`${fileName} page ${index + 1}`} data-painted="false" />
      {scan && isPainted && scale > 0 && (
        <ScanTextLayer text={scan.text} frame={scan.frame} scale={scale} highlights={highlights} focus={focus?.text ? focus : null} />
      )}
      {failure && (
        <p role="alert" className="poe-pdf-page-failure">
          {fileName} page {index + 1} could not be shown: {failure}
        </p>
      )}
    </div>
  );
}

/** The element's width in CSS pixels, following resizes. */
function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/** The page (from 1) at the top of the scrolled view: the first whose foot is below its top third. */
function pageAtTop(root: HTMLElement): number {
  const line = root.getBoundingClientRect().top + root.clientHeight / 3;
  for (const page of root.querySelectorAll<HTMLElement>('[data-page-number]')) {
    if (page.getBoundingClientRect().bottom > line) return Number(page.dataset.pageNumber) || 1;
  }
  return 1;
}

/** A TIFF, every page (decoded in a worker when scrolled near), with its page count and zoom; a scan's OCR words laid over its pages, searchable. */
export function TiffDocument({ document, focus }: { document: ViewerDocument; focus: ViewerFocus | null }) {
  const state = useTiff(document);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const ocr = useDocumentOcr(document.sha256);
  // On the OCR'd words alone: the reading flag going off must not lay the text layer out again.
  const ocrParts = ocr.parts;
  const source = useMemo(() => imageTextSource(ocrParts), [ocrParts]);
  const pageCount = state.status === 'ready' ? state.value.listing.pages.length : 0;
  const search = usePdfSearch(source, pageCount);
  // The OCR note above the view is the one of the page at the view's top.
  const [pageInView, setPageInView] = useState(1);
  const noteScan = useScanPage(source, pageInView, UPRIGHT);
  useViewerKeys((action) => {
    const current = zoom === 'fit' ? 1 : zoom;
    if (action === 'zoom-in') setZoom(clampZoom(current * ZOOM_STEP));
    else if (action === 'zoom-out') setZoom(clampZoom(current / ZOOM_STEP));
    else if (action === 'search') searchRef.current?.focus();
  });
  if (state.status === 'loading') return <p className="poe-viewer-loading">Loading {document.name}…</p>;
  if (state.status === 'failed') return <FailureAlert fileName={document.name} failure={state.failure} />;
  const { decoder, listing } = state.value;
  const current = zoom === 'fit' ? 1 : zoom;
  const count = listing.pages.length;
  return (
    <div className="poe-image">
      <div role="toolbar" aria-label="Image tools" className="poe-viewer-toolbar">
        <span className="poe-tiff-count">
          {listing.totalPages === 1 ? '1 page' : `${listing.totalPages.toLocaleString('en-US')} pages`}
        </span>
        <button type="button" onClick={() => setZoom(clampZoom(current / ZOOM_STEP))}>
          Zoom out
        </button>
        <button type="button" onClick={() => setZoom(clampZoom(current * ZOOM_STEP))}>
          Zoom in
        </button>
        <button type="button" aria-pressed={zoom === 'fit'} onClick={() => setZoom('fit')}>
          Fit width
        </button>
        <SearchControls search={search} searchRef={searchRef} currentPage={1} isReading={ocr.isReading || !ocr.isKnown} />
      </div>
      {listing.totalPages > count && (
        <p role="note" className="poe-pdf-note">
          This image has {listing.totalPages.toLocaleString('en-US')} pages; the viewer shows the first {count.toLocaleString('en-US')}.
        </p>
      )}
      <ScanNote text={noteScan?.text} />
      <div
        ref={setRoot}
        role="document"
        aria-label={document.name}
        className="poe-image-scroll poe-tiff-pages"
        tabIndex={0}
        onScroll={(event) => setPageInView(pageAtTop(event.currentTarget))}
      >
        {listing.pages.map((info, i) => (
          <TiffPage
            key={i}
            decoder={decoder}
            index={i}
            info={info}
            fileName={document.name}
            zoom={zoom}
            root={root}
            source={source}
            highlights={search.highlightsFor(i + 1)}
            focus={focus && (focus.page ?? 1) === i + 1 ? focus : null}
          />
        ))}
      </div>
    </div>
  );
}
