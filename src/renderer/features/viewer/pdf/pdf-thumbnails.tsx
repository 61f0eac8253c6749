import { memo, useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { renderPage, type PageRender } from '@renderer/pdf/pdfjs';
import { scheduleThumbnail } from './render-priority';
import { useNearViewport } from './use-near-viewport';
import { usePdfPage } from './use-pdf-page';
import type { PageSize } from './use-pdf-document';

/** Thumbnail width in CSS pixels. */
const THUMB_WIDTH = 96;

interface ThumbProps {
  doc: PDFDocumentProxy;
  pageNumber: number;
  defaultSize: PageSize;
  root: HTMLElement | null;
  isCurrent: boolean;
  isEnabled: boolean;
  onSelect: (pageNumber: number) => void;
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

  useEffect(() => {
    if (isCurrent) buttonRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [isCurrent]);

  const height = Math.min(THUMB_WIDTH * 3, (THUMB_WIDTH * defaultSize.height) / Math.max(1, defaultSize.width));
  return (
    <li>
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
    </li>
  );
});

/**
 * The "Thumbnails" navigation: one button per page, small canvases painted only when scrolled
 * into view and only after the first page is on screen (page 1 must not wait for thumbnails).
 */
export function PdfThumbnails(props: {
  doc: PDFDocumentProxy;
  pageCount: number;
  defaultSize: PageSize;
  currentPage: number;
  isEnabled: boolean;
  onSelect: (pageNumber: number) => void;
}) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const pages = Array.from({ length: props.pageCount }, (_, i) => i + 1);
  return (
    <nav ref={setRoot} aria-label="Thumbnails" className="poe-pdf-thumbs">
      <ol>
        {pages.map((n) => (
          <PdfThumbnail
            key={n}
            doc={props.doc}
            pageNumber={n}
            defaultSize={props.defaultSize}
            root={root}
            isCurrent={n === props.currentPage}
            isEnabled={props.isEnabled}
            onSelect={props.onSelect}
          />
        ))}
      </ol>
    </nav>
  );
}
