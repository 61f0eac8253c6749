import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { LIMITS } from '@shared/limits';
import type { ViewerDocument, ViewerFocus } from '../viewer-types';
import { useViewerKeys, type ViewerKeyAction } from '../use-viewer-keys';
import { ZOOM_STEP, clampZoom, fitWidthScale } from '../zoom';
import { ocrNote } from '../ocr/ocr-text';
import { ocrPageOf, useDocumentOcr, type DocumentOcr } from '../ocr/use-document-ocr';
import { PageTextCache } from './page-text-cache';
import { PdfPage } from './pdf-page';
import { PdfThumbnails } from './pdf-thumbnails';
import { PdfToolbar } from './pdf-toolbar';
import { SignatureBadges, usePdfSignatures } from '../signatures/signature-badges';
import type { PageSize } from './use-pdf-document';
import { usePdfSearch } from './use-pdf-search';
import { useScrollPosition } from './use-scroll-position';

export interface PdfViewProps {
  document: ViewerDocument;
  doc: PDFDocumentProxy;
  firstPage: PageSize;
  startedAt: number;
  focus: ViewerFocus | null;
}

/** Space between pages, and above the first and below the last, in CSS pixels. */
const PAGE_GAP = 12;
const PAGES_PADDING = 8;

/** Tells tests and benchmarks a page is on screen (the canvas also gets data-painted="true"). */
function announcePainted(path: string, page: number, ms: number, sinceOpenMs: number): void {
  window.dispatchEvent(new CustomEvent('poe:page-painted', { detail: { path, page, ms, sinceOpenMs } }));
}

/**
 * An opened PDF: toolbar, thumbnails and the pages. Pages and thumbnails are virtualised: only
 * those near the screen are in the DOM (placeholders sized from page 1 until a page is read, then
 * from its own size), and only those are painted, so a 100,000-page file costs what is on screen.
 */
export function PdfView({ document, doc, firstPage, startedAt, focus }: PdfViewProps) {
  // A hostile /Count can claim millions of pages; the view lists at most LIMITS.pdfViewPages (said on screen).
  const pageCount = Math.min(doc.numPages, LIMITS.pdfViewPages);
  const [scrollRoot, setScrollRoot] = useState<HTMLDivElement | null>(null);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [containerWidth, setContainerWidth] = useState(0);
  const [isFirstPainted, setIsFirstPainted] = useState(false);
  const searchRef = useRef<HTMLInputElement | null>(null);
  // Scanned pages get their OCR words as text once the engine's readers have read them.
  const ocr = useDocumentOcr(document.sha256);
  // On the OCR'd words alone: the reading flag going off must not lay the text layers out again.
  const ocrParts = ocr.parts;
  const textCache = useMemo(() => new PageTextCache(doc, (n) => ocrPageOf(ocrParts, n)), [doc, ocrParts]);
  const search = usePdfSearch(textCache, pageCount);
  const signatures = usePdfSignatures(document, isFirstPainted);
  const scale = zoom === 'fit' ? fitWidthScale(containerWidth || 800, firstPage.width) : zoom;
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns new functions each render by design.
  const virtualizer = useVirtualizer({
    count: pageCount,
    getScrollElement: () => scrollRoot,
    estimateSize: () => Math.max(1, Math.round(firstPage.height * scale)) + PAGE_GAP,
    overscan: 2,
    paddingStart: PAGES_PADDING,
    paddingEnd: PAGES_PADDING,
    scrollPaddingStart: PAGES_PADDING,
  });
  const { currentPage, goToPage } = useScrollPosition(scrollRoot, virtualizer, pageCount);

  useEffect(() => {
    if (!scrollRoot) return;
    const observer = new ResizeObserver(([entry]) => setContainerWidth(entry?.contentRect.width ?? 0));
    observer.observe(scrollRoot);
    return () => observer.disconnect();
  }, [scrollRoot]);

  // Sizes measured at the old zoom are stale: lay out again from page 1's size, then measure.
  useEffect(() => {
    virtualizer.measure();
  }, [scale, virtualizer]);
  // Keep the page the reviewer was reading in view when they change the zoom.
  const zoomAnchor = useRef<number | null>(null);
  const changeZoom = useCallback(
    (next: number | 'fit') => {
      zoomAnchor.current = currentPage;
      setZoom(next);
    },
    [currentPage],
  );
  const zoomIn = useCallback(() => changeZoom(clampZoom(scale * ZOOM_STEP)), [changeZoom, scale]);
  const zoomOut = useCallback(() => changeZoom(clampZoom(scale / ZOOM_STEP)), [changeZoom, scale]);
  useEffect(() => {
    if (zoomAnchor.current === null) return;
    goToPage(zoomAnchor.current);
    zoomAnchor.current = null;
  }, [scale, goToPage]);

  const onPainted = useCallback(
    (page: number, ms: number) => {
      if (page === 1 || !isFirstPainted) setIsFirstPainted(true);
      announcePainted(document.path, page, ms, performance.now() - startedAt);
    },
    [document.path, startedAt, isFirstPainted],
  );

  // A focus request: jump to its page; a text without a box is searched and highlighted.
  // Keyed on the nonce: the claim view may hand over an equal but new object on every render.
  const { setQuery } = search;
  const focusRef = useRef(focus);
  useEffect(() => {
    focusRef.current = focus;
  }, [focus]);
  const focusNonce = focus?.nonce;
  useEffect(() => {
    const f = focusRef.current;
    if (!f || focusNonce === undefined) return;
    if (f.page) goToPage(f.page);
    if (f.text && !f.box) setQuery(f.text, f.page ?? 1);
  }, [focusNonce, goToPage, setQuery]);

  // Go to the page of the selected match (the page then scrolls the mark itself into view).
  const selectedPage = search.hits[search.selected]?.page;
  useEffect(() => {
    if (selectedPage) goToPage(selectedPage);
  }, [selectedPage, search.selected, goToPage]);

  useViewerKeys((action: ViewerKeyAction) => {
    if (action === 'next-page') goToPage(currentPage + 1);
    else if (action === 'previous-page') goToPage(currentPage - 1);
    else if (action === 'zoom-in') zoomIn();
    else if (action === 'zoom-out') zoomOut();
    else searchRef.current?.focus();
  });

  return (
    <div className="poe-pdf">
      <PdfToolbar
        pageCount={pageCount}
        currentPage={currentPage}
        goToPage={goToPage}
        zoomIn={zoomIn}
        zoomOut={zoomOut}
        fitWidth={() => changeZoom('fit')}
        isFitWidth={zoom === 'fit'}
        zoomPercent={Math.round(scale * 100)}
        search={search}
        searchRef={searchRef}
        isReading={ocr.isReading || !ocr.isKnown}
      />
      {signatures && <SignatureBadges facts={signatures} />}
      {doc.numPages > pageCount && (
        <p role="note" className="poe-pdf-note">
          This PDF has {doc.numPages.toLocaleString('en-US')} pages; the viewer shows the first {pageCount.toLocaleString('en-US')}.
        </p>
      )}
      <PdfOcrNote parts={ocrParts} currentPage={currentPage} />
      <div className="poe-pdf-body">
        <PdfThumbnails
          doc={doc}
          pageCount={pageCount}
          defaultSize={firstPage}
          currentPage={currentPage}
          isEnabled={isFirstPainted}
          onSelect={goToPage}
        />
        <div ref={setScrollRoot} className="poe-pdf-scroll">
          <div
            role="document"
            aria-label={document.name}
            className="poe-pdf-pages"
            tabIndex={0}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const n = item.index + 1;
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="poe-pdf-slot"
                  style={{ transform: `translateY(${item.start}px)`, paddingBottom: PAGE_GAP }}
                >
                  <PdfPage
                    doc={doc}
                    pageNumber={n}
                    scale={scale}
                    defaultSize={firstPage}
                    fileName={document.name}
                    scrollRoot={scrollRoot}
                    textCache={textCache}
                    highlights={search.highlightsFor(n)}
                    focus={focus && focus.page === n ? focus : null}
                    onPainted={onPainted}
                  />
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

/** Pages named in the OCR note of a page with its own text, before "and N more". */
const SCANNED_PAGES_NAMED = 5;

/**
 * A scanned PDF's OCR note, as for scanned images and TIFFs: a strip between the tools and the
 * pages, never over the scan (laid over the page's top right it hid what the scan shows there).
 * On a scanned page: "Scanned page: text by OCR (confidence 87%)"; on a page of the same PDF with
 * its own text, which pages are scans, so the strip stays and the pages do not move as they scroll.
 */
function PdfOcrNote({ parts, currentPage }: { parts: DocumentOcr['parts']; currentPage: number }) {
  const scanned = useMemo(
    () =>
      [...parts.keys()]
        .map((key) => /^page:(\d+)$/.exec(key)?.[1])
        .map(Number)
        .filter((n) => n > 0 && ocrPageOf(parts, n) !== undefined)
        .sort((a, b) => a - b),
    [parts],
  );
  if (scanned.length === 0) return null;
  const part = ocrPageOf(parts, currentPage);
  if (part)
    return (
      <p role="note" className="poe-ocr-strip">
        {ocrNote(part)}
      </p>
    );
  const named = scanned.slice(0, SCANNED_PAGES_NAMED).join(', ');
  const more = scanned.length > SCANNED_PAGES_NAMED ? ` and ${scanned.length - SCANNED_PAGES_NAMED} more` : '';
  return (
    <p role="note" className="poe-ocr-strip">
      {scanned.length === 1 ? `Page ${named} is a scan: its text by OCR` : `Pages ${named}${more} are scans: their text by OCR`}
    </p>
  );
}
