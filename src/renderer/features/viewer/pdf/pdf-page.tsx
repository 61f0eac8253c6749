import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { TextLayer } from 'pdfjs-dist';
import type { PDFDocumentProxy, PageViewport } from 'pdfjs-dist';
import { renderPage } from '@renderer/pdf/pdfjs';
import { pdfFailureLabel } from '@renderer/pdf/pdf-failure';
import { quoteRangesIn, type PageTextCache } from './page-text-cache';
import type { ItemRange } from './pdf-search';
import { beginPageRender } from './render-priority';
import { chunkedContent } from '../ocr/ocr-text';
import { UPRIGHT, ocrFrame, ocrViewport, shownRect, styleTextLayer, type OcrFrame } from '../ocr/ocr-frame';
import { applyTextHighlights, type SpanHighlight } from './text-highlight';
import { useNearViewport } from './use-near-viewport';
import { usePdfPage } from './use-pdf-page';
import type { PageSize } from './use-pdf-document';
import type { ViewerFocus } from '../viewer-types';

export interface PdfPageProps {
  doc: PDFDocumentProxy;
  pageNumber: number;
  scale: number;
  defaultSize: PageSize;
  fileName: string;
  scrollRoot: HTMLElement | null;
  textCache: PageTextCache;
  highlights: readonly SpanHighlight[];
  focus: ViewerFocus | null;
  onPainted: (pageNumber: number, ms: number) => void;
}

interface TextSpans {
  spans: HTMLElement[];
  texts: string[];
  /** The text is OCR's (the page is a scan). */
  isOcr: boolean;
  /** How the OCR words' frame lies on the page as shown (a scan read turned, a page with /Rotate). */
  frame: OcrFrame | null;
}

/** Where an evidence quote lies in the page's text layer (empty: not there, e.g. a scan). */
interface EvidenceSpans {
  nonce: number;
  ranges: ItemRange[];
}

function boxRect(viewport: PageViewport, box: NonNullable<ViewerFocus['box']>): CSSProperties {
  // pdf.js 6 dropped convertToViewportRectangle: map two opposite corners (enough for 90° rotations).
  const [x1 = 0, y1 = 0] = viewport.convertToViewportPoint(box.x, box.y) as number[];
  const [x2 = 0, y2 = 0] = viewport.convertToViewportPoint(box.x + box.width, box.y + box.height) as number[];
  return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

/** A box of a scan's OCR words (their frame, points) on the page as shown. */
function frameBoxRect(frame: OcrFrame, viewport: PageViewport, box: NonNullable<ViewerFocus['box']>): CSSProperties {
  const r = shownRect(frame, box);
  return {
    left: r.left * viewport.width,
    top: r.top * viewport.height,
    width: r.width * viewport.width,
    height: r.height * viewport.height,
  };
}

/** One page: a placeholder of the right size, painted (canvas + selectable text layer) only while near the screen. */
export const PdfPage = memo(function PdfPage(props: PdfPageProps) {
  const { doc, pageNumber, scale, defaultSize, fileName, scrollRoot, textCache, highlights, focus, onPainted } = props;
  const wrapperRef = useRef<HTMLDivElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const textLayerRef = useRef<HTMLDivElement | null>(null);
  const focusBoxRef = useRef<HTMLDivElement | null>(null);
  const touched = useRef(new Set<number>());
  const onPaintedRef = useRef(onPainted);
  useEffect(() => {
    onPaintedRef.current = onPainted;
  }, [onPainted]);

  const isNear = useNearViewport(wrapperRef, scrollRoot, '50% 0px');
  const { page, error: pageError } = usePdfPage(doc, pageNumber, isNear || focus !== null);
  const viewport = useMemo(() => page?.getViewport({ scale }) ?? null, [page, scale]);
  const [paintError, setPaintError] = useState<string | null>(null);
  const [textSpans, setTextSpans] = useState<TextSpans | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const textDiv = textLayerRef.current;
    if (!isNear || !page || !viewport || !canvas || !textDiv) return;
    let isCurrent = true;
    let textLayer: TextLayer | null = null;
    const touchedSpans = touched.current;
    canvas.dataset.painted = 'false';
    const render = renderPage(page, canvas, viewport);
    const endPageRender = beginPageRender();
    render.promise
      .finally(endPageRender)
      .then(async (result) => {
        if (!isCurrent || result.status === 'cancelled') return;
        if (result.status === 'failed') return setPaintError(`${pdfFailureLabel(result.failure.kind)} (${result.failure.reason})`);
        canvas.dataset.painted = 'true';
        setPaintError(null);
        onPaintedRef.current(pageNumber, result.ms);
        const text = await textCache.get(pageNumber);
        if (!isCurrent || !text) return;
        textDiv.replaceChildren();
        textDiv.removeAttribute('style');
        // OCR words are in the frame OCR read: the page as painted (its /Rotate in the pixels), turned upright.
        const frame = text.ocr ? ocrFrame(text.ocr, UPRIGHT, { width: viewport.width / scale, height: viewport.height / scale }) : null;
        const layer = frame
          ? new TextLayer({ textContentSource: chunkedContent(text.content), container: textDiv, viewport: ocrViewport(frame, scale) })
          : new TextLayer({ textContentSource: text.content, container: textDiv, viewport });
        if (frame) styleTextLayer(textDiv, frame, scale);
        textLayer = layer;
        await layer.render();
        if (isCurrent) setTextSpans({ spans: layer.textDivs, texts: layer.textContentItemsStr, isOcr: Boolean(text.ocr), frame });
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
      render.cancel();
      endPageRender();
      textLayer?.cancel();
      // Give the memory back: 300 painted pages would hold gigabytes of canvas.
      canvas.width = 0;
      canvas.height = 0;
      canvas.dataset.painted = 'false';
      textDiv.replaceChildren();
      touchedSpans.clear();
      setTextSpans(null);
    };
  }, [isNear, page, viewport, scale, pageNumber, textCache]);

  // Evidence on this page: the whole quote marked in the text layer, every line and text item of
  // it (the engine's box is only the item where the quote starts). Not found there: the box.
  const focusText = focus?.text;
  const focusNonce = focus?.nonce;
  const [evidence, setEvidence] = useState<EvidenceSpans | null>(null);
  useEffect(() => {
    if (!focusText || focusNonce === undefined) return;
    let isCurrent = true;
    void textCache.get(pageNumber).then((text) => {
      if (!isCurrent) return;
      const ranges = text ? quoteRangesIn(text, focusText) : [];
      setEvidence({ nonce: focusNonce, ranges });
    });
    return () => {
      isCurrent = false;
    };
  }, [focusText, focusNonce, pageNumber, textCache]);
  const evidenceRanges = evidence && focusText && evidence.nonce === focusNonce ? evidence.ranges : null;
  const marks = useMemo(
    () =>
      evidenceRanges && evidenceRanges.length > 0
        ? [...evidenceRanges.map((r) => ({ ...r, isSelected: true, isEvidence: true })), ...highlights]
        : highlights,
    [evidenceRanges, highlights],
  );

  // Scroll to the selected match (or the evidence's first line) when it changes, not each time more hits arrive.
  const lastSelected = useRef<string | null>(null);
  useEffect(() => {
    if (!textSpans) return;
    const mark = applyTextHighlights(textSpans.spans, textSpans.texts, marks, touched.current);
    const chosen = marks.find((h) => h.isSelected);
    const asked = chosen?.isEvidence ? `evidence ${focusNonce}:` : '';
    const key = chosen ? `${asked}${chosen.item}:${chosen.from}:${textSpans.spans.length}:${scale}` : null;
    if (mark && key !== lastSelected.current) mark.scrollIntoView({ block: 'center', inline: 'nearest' });
    lastSelected.current = key;
  }, [textSpans, marks, scale, focusNonce]);

  const isEvidenceInText = evidenceRanges !== null && evidenceRanges.length > 0;
  const frame = textSpans?.frame;
  const box =
    focus?.box && viewport && !isEvidenceInText ? (frame ? frameBoxRect(frame, viewport, focus.box) : boxRect(viewport, focus.box)) : null;
  useEffect(() => {
    if (box) focusBoxRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
    // Scroll once per focus request (nonce) and when the box first gets its position.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `box` is a fresh object each render
  }, [focus?.nonce, box !== null]);

  const width = viewport?.width ?? defaultSize.width * scale;
  const height = viewport?.height ?? defaultSize.height * scale;
  const style = {
    width,
    height,
    '--scale-factor': scale,
    '--total-scale-factor': scale,
    '--scale-round-x': '1px',
    '--scale-round-y': '1px',
  } as CSSProperties;
  const failure = pageError ?? paintError;
  return (
    <div ref={wrapperRef} className="poe-pdf-page poe-text-page" data-page-number={pageNumber} style={style}>
      <canvas ref={canvasRef} role="img" aria-label={`${fileName} page ${pageNumber}`} data-painted="false" />
      {/* A scan's OCR note is a strip above the pages (PdfOcrNote), never over the scan. */}
      <div ref={textLayerRef} className={textSpans?.isOcr ? 'textLayer poe-ocr-text' : 'textLayer'} />
      {box && <div ref={focusBoxRef} className="poe-pdf-focus-box" style={box} aria-hidden="true" />}
      {failure && (
        <p role="alert" className="poe-pdf-page-failure">
          {fileName} page {pageNumber} could not be shown: {failure}
        </p>
      )}
    </div>
  );
});
