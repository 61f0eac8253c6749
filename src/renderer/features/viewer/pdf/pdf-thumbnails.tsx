import { memo, useEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { renderPage, type PageRender } from '@renderer/pdf/pdfjs';
import { scheduleThumbnail } from './render-priority';
import { useNearViewport } from './use-near-viewport';
import { usePdfPage } from './use-pdf-page';
import type { PageSize } from './use-pdf-document';

/** Thumbnail width in CSS pixels. */
const THUMB_WIDTH = 96;
/** Below the canvas: the page number, the button's border and padding, the gap to the next one. */
const THUMB_EXTRA = 36;

interface ThumbProps {
  doc: PDFDocumentProxy;
  pageNumber: number;
  defaultSize: PageSize;
  root: HTMLElement | null;
  isCurrent: boolean;
  isEnabled: boolean;
  onSelect: (pageNumber: number) => void;
}

function thumbHeight(size: PageSize): number {
  return Math.min(THUMB_WIDTH * 3, (THUMB_WIDTH * size.height) / Math.max(1, size.width));
}

const PdfThumbnail = memo(function PdfThumbnail({ doc, pageNumber, defaultSize, root, isCurrent, isEnabled, onSelect }: ThumbProps) {
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const isNear = useNearViewport(buttonRef, root, '100% 0px');
  const { page } = usePdfPage(doc, pageNumber, isNear && isEnabled);
  const [isPainted, setIsPainted] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!isNear || !isEnabled || !page || !canvas) return;
    let isCancelled = false;
    let render: PageRender | null = null;
    scheduleThumbnail(
      () => {
        const unscaled = page.getViewport({ scale: 1 });
        render = renderPage(page, canvas, page.getViewport({ scale: THUMB_WIDTH / Math.max(1, unscaled.width) }));
        return render.promise.then((r) => {
          if (!isCancelled) setIsPainted(r.status === 'ok');
        });
      },
      () => isCancelled,
    );
    return () => {
      isCancelled = true;
      render?.cancel();
    };
  }, [isNear, isEnabled, page]);

  const height = thumbHeight(defaultSize);
  return (
    <button
      ref={buttonRef}
      type="button"
      className="poe-pdf-thumb"
      aria-label={`Page ${pageNumber}`}
      aria-current={isCurrent ? 'page' : undefined}
      onClick={() => onSelect(pageNumber)}
    >
      <canvas ref={canvasRef} aria-hidden="true" style={isPainted ? { width: THUMB_WIDTH } : { width: THUMB_WIDTH, height }} />
      <span className="poe-pdf-thumb-number" aria-hidden="true">
        {pageNumber}
      </span>
    </button>
  );
});

/**
 * The "Thumbnails" navigation: one button per page, virtualised (only those near the visible part
 * of the list are in the DOM), small canvases painted only when scrolled into view and only after
 * the first page is on screen (page 1 must not wait for thumbnails).
 */
export function PdfThumbnails(props: {
  doc: PDFDocumentProxy;
  pageCount: number;
  defaultSize: PageSize;
  currentPage: number;
  isEnabled: boolean;
  onSelect: (pageNumber: number) => void;
}) {
  const { pageCount, currentPage } = props;
  const [root, setRoot] = useState<HTMLElement | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns new functions each render by design.
  const virtualizer = useVirtualizer({
    count: pageCount,
    getScrollElement: () => root,
    estimateSize: () => Math.round(thumbHeight(props.defaultSize)) + THUMB_EXTRA,
    overscan: 4,
    paddingStart: 6,
    paddingEnd: 6,
  });
  // Keep the page being read in the list's view.
  useEffect(() => {
    if (currentPage >= 1 && currentPage <= pageCount) virtualizer.scrollToIndex(currentPage - 1, { align: 'auto' });
  }, [currentPage, pageCount, virtualizer]);
  return (
    <nav ref={setRoot} aria-label="Thumbnails" className="poe-pdf-thumbs">
      <ol style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={pageCount}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <PdfThumbnail
              doc={props.doc}
              pageNumber={item.index + 1}
              defaultSize={props.defaultSize}
              root={root}
              isCurrent={item.index + 1 === currentPage}
              isEnabled={props.isEnabled}
              onSelect={props.onSelect}
            />
          </li>
        ))}
      </ol>
    </nav>
  );
}
