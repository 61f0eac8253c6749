import { useEffect, useMemo, useRef, useState } from 'react';
import { TextLayer } from 'pdfjs-dist';
import { quoteRangesIn, type PageText, type PageTextSource } from '../pdf/page-text-cache';
import { applyTextHighlights, type SpanHighlight } from '../pdf/text-highlight';
import type { ViewerFocus } from '../viewer-types';
import { ocrFrame, ocrViewport, shownSize, styleTextLayer, type OcrFrame, type ShownOrientation } from './ocr-frame';
import { chunkedContent, ocrNote, ocrPageText } from './ocr-text';
import type { DocumentOcr } from './use-document-ocr';

/** An image's page (from 1) as the OCR cache keys it. */
function imageKey(page: number): string {
  return `image:${page}`;
}

/** An image's OCR words by page, for search: a page OCR has not read (yet) is an unread scan. */
export function imageTextSource(parts: DocumentOcr['parts']): PageTextSource {
  const texts = new Map<number, PageText>();
  return {
    get(page) {
      let text = texts.get(page);
      if (!text) {
        text = ocrPageText(parts.get(imageKey(page)));
        texts.set(page, text);
      }
      return Promise.resolve(text);
    },
  };
}

/** An image page's OCR'd text and the frame of its words on the image as shown; null until OCR has read it. */
export function useScanPage(source: PageTextSource, page: number, shown: ShownOrientation): { text: PageText; frame: OcrFrame } | null {
  const [text, setText] = useState<{ source: PageTextSource; text: PageText } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void source.get(page).then((t) => {
      if (isCurrent && t) setText({ source, text: t });
    });
    return () => {
      isCurrent = false;
    };
  }, [source, page]);
  const current = text?.source === source ? text.text : null;
  return useMemo(() => {
    const frame = current?.ocr ? ocrFrame(current.ocr, shown) : null;
    return current && frame ? { text: current, frame } : null;
  }, [current, shown]);
}

/** CSS pixels per point of the OCR frame for the image shown `shownWidth` pixels wide. */
export function frameScale(frame: OcrFrame, shownWidth: number): number {
  return shownWidth / Math.max(1, shownSize(frame).width);
}

interface ScanTextLayerProps {
  text: PageText;
  frame: OcrFrame;
  /** CSS pixels per point (frameScale). */
  scale: number;
  /** Search matches on this page. */
  highlights: readonly SpanHighlight[];
  /** Evidence to mark on this page. */
  focus: Pick<ViewerFocus, 'text' | 'nonce'> | null;
}

/**
 * A scanned image's OCR words as a selectable, searchable text layer over it (pdf.js's TextLayer,
 * as on a scanned PDF page: each word a transparent span on its box, at the shown scale and
 * turn), search matches and evidence marked on the word boxes (the note of its OCR confidence is
 * `ScanNote`).
 * Rendered in the parent's box, which must be `position: relative` and the image's size.
 */
export function ScanTextLayer({ text, frame, scale, highlights, focus }: ScanTextLayerProps) {
  const layerRef = useRef<HTMLDivElement | null>(null);
  const touched = useRef(new Set<number>());
  const [spans, setSpans] = useState<{ spans: HTMLElement[]; texts: string[] } | null>(null);

  useEffect(() => {
    const div = layerRef.current;
    if (!div || scale <= 0) return;
    let isCurrent = true;
    const touchedSpans = touched.current;
    div.replaceChildren();
    styleTextLayer(div, frame, scale);
    const layer = new TextLayer({ textContentSource: chunkedContent(text.content), container: div, viewport: ocrViewport(frame, scale) });
    layer.render().then(
      () => {
        if (isCurrent) setSpans({ spans: layer.textDivs, texts: layer.textContentItemsStr });
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
      layer.cancel();
      div.replaceChildren();
      touchedSpans.clear();
      setSpans(null);
    };
  }, [text, frame, scale]);

  const focusText = focus?.text;
  const focusNonce = focus?.nonce;
  const evidence = useMemo(() => (focusText ? quoteRangesIn(text, focusText) : []), [text, focusText]);
  const marks = useMemo(
    () => (evidence.length > 0 ? [...evidence.map((r) => ({ ...r, isSelected: true, isEvidence: true })), ...highlights] : highlights),
    [evidence, highlights],
  );

  // Scroll to the selected match (or the evidence) when it changes, not each time the layer is laid out again.
  const lastSelected = useRef<string | null>(null);
  useEffect(() => {
    if (!spans) return;
    const mark = applyTextHighlights(spans.spans, spans.texts, marks, touched.current);
    const chosen = marks.find((h) => h.isSelected);
    const key = chosen ? `${chosen.isEvidence ? `evidence ${focusNonce}:` : ''}${chosen.item}:${chosen.from}` : null;
    if (mark && key !== lastSelected.current) mark.scrollIntoView({ block: 'center', inline: 'nearest' });
    lastSelected.current = key;
  }, [spans, marks, focusNonce]);

  return (
    <div className={frame.isMirrored ? 'poe-ocr-mirror' : 'poe-ocr-frame'}>
      <div ref={layerRef} className="textLayer poe-ocr-text" />
    </div>
  );
}

/**
 * "Scanned page: text by OCR (confidence 87%)" for a scanned image or TIFF page: a strip between
 * the image's toolbar and its scrolled view, so it is always in view and never covers the scan
 * (laid over the page, it hid the scan's first line: often the title or the customer's name).
 */
export function ScanNote({ text }: { text: PageText | null | undefined }) {
  if (!text?.ocr) return null;
  return (
    <p role="note" className="poe-ocr-strip">
      {ocrNote(text.ocr)}
    </p>
  );
}
