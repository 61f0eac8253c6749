import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { imagePixelRefusal } from '@readers/image-reader';
import { imageMimeType } from './document-kind';
import { FailureAlert } from './failure-alert';
import { loadBytes, useLatestDocument, type DataState } from './use-document-data';
import type { ViewerDocument, ViewerFocus } from './viewer-types';
import { exifOrientationOf } from './ocr/exif-orientation';
import { UPRIGHT, exifOrientation, shownSize, type OcrFrame, type ShownOrientation } from './ocr/ocr-frame';
import { ScanNote, ScanTextLayer, frameScale, imageTextSource, useScanPage } from './ocr/scan-text-layer';
import { useDocumentOcr } from './ocr/use-document-ocr';
import { SearchControls } from './pdf/search-controls';
import { usePdfSearch } from './pdf/use-pdf-search';
import { useViewerKeys } from './use-viewer-keys';
import { ZOOM_STEP, clampZoom } from './zoom';

interface ShownImage {
  url: string;
  /** How the browser turns the stored pixels to show them (EXIF): OCR read them unturned. */
  orientation: ShownOrientation;
}

/** Object URL of the image, typed by extension so the browser never sniffs it into something active (SVG). Revoked on unmount. */
function useImageUrl(document: ViewerDocument): DataState<ShownImage> {
  const latest = useLatestDocument(document);
  const { path, name } = document;
  const [state, setState] = useState<{ path: string; data: DataState<ShownImage> } | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let isCurrent = true;
    loadBytes(latest.current).then(
      (bytes) => {
        if (!isCurrent) return;
        // The browser decodes an image whole: one declaring more pixels than the limit is never handed to it.
        const refusal = imagePixelRefusal(new Uint8Array(bytes));
        if (refusal) {
          setState({ path, data: { status: 'failed', failure: { kind: 'refused', reason: refusal } } });
          return;
        }
        url = URL.createObjectURL(new Blob([bytes], { type: imageMimeType(name) }));
        const orientation = exifOrientation(exifOrientationOf(new Uint8Array(bytes)));
        setState({ path, data: { status: 'ready', value: { url, orientation } } });
      },
      (error: unknown) => {
        if (!isCurrent) return;
        const kind = error instanceof Error && 'kind' in error && typeof error.kind === 'string' ? error.kind : 'unreadable';
        setState({ path, data: { status: 'failed', failure: { kind, reason: error instanceof Error ? error.message : String(error) } } });
      },
    );
    return () => {
      isCurrent = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [path, name, latest]);
  return state?.path === path ? state.data : { status: 'loading' };
}

/**
 * The image's OCR frame as shown: turned as its EXIF orientation says, unless the browser showed
 * it unturned (the shown image's proportions tell: a frame of the other proportions is not the one shown).
 */
function shownFrame(
  scan: ReturnType<typeof useScanPage>,
  natural: { width: number; height: number } | null,
  orientation: ShownOrientation,
): OcrFrame | null {
  if (!scan || !natural) return scan?.frame ?? null;
  const isPortrait = (s: { width: number; height: number }) => s.height > s.width * 1.02;
  const isLandscape = (s: { width: number; height: number }) => s.width > s.height * 1.02;
  const size = shownSize(scan.frame);
  const isMismatched = (isPortrait(size) && isLandscape(natural)) || (isLandscape(size) && isPortrait(natural));
  if (!isMismatched || orientation.rotation % 180 === 0) return scan.frame;
  return { ...scan.frame, rotation: (scan.frame.rotation - orientation.rotation + 360) % 360, isMirrored: false };
}

/** A PNG/JPEG/GIF/WebP shown as <img alt="file name">, with zoom; a scan's OCR words laid over it, searchable. */
export function ImageDocument({ document, focus }: { document: ViewerDocument; focus: ViewerFocus | null }) {
  const state = useImageUrl(document);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [isBroken, setIsBroken] = useState(false);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const ocr = useDocumentOcr(document.sha256);
  // On the OCR'd words alone: the reading flag going off must not lay the text layer out again.
  const ocrParts = ocr.parts;
  const source = useMemo(() => imageTextSource(ocrParts), [ocrParts]);
  const search = usePdfSearch(source, 1);
  const orientation = state.status === 'ready' ? state.value.orientation : UPRIGHT;
  const scan = useScanPage(source, 1, orientation);
  const [img, setImg] = useState<HTMLImageElement | null>(null);
  const shown = useShownSize(img);
  const frame = shownFrame(scan, shown?.natural ?? null, orientation);
  const { setQuery } = search;
  useViewerKeys((action) => {
    const current = zoom === 'fit' ? 1 : zoom;
    if (action === 'zoom-in') setZoom(clampZoom(current * ZOOM_STEP));
    else if (action === 'zoom-out') setZoom(clampZoom(current / ZOOM_STEP));
    else if (action === 'search') searchRef.current?.focus();
  });
  // Evidence without its words on the image (OCR not read yet): searched, so the status says why it is not marked.
  const focusNonce = focus?.nonce;
  const focusRef = useRef(focus);
  useEffect(() => {
    focusRef.current = focus;
  }, [focus]);
  const hasScan = scan !== null;
  useEffect(() => {
    const f = focusRef.current;
    if (f?.text && focusNonce !== undefined && !hasScan) setQuery(f.text);
  }, [focusNonce, hasScan, setQuery]);
  if (state.status === 'loading') return <p className="poe-viewer-loading">Loading {document.name}…</p>;
  if (state.status === 'failed') return <FailureAlert fileName={document.name} failure={state.failure} />;
  if (isBroken) return <FailureAlert fileName={document.name} failure={{ kind: 'corrupt', reason: 'the image data cannot be decoded' }} />;
  const current = zoom === 'fit' ? 1 : zoom;
  const scale = frame && shown ? frameScale(frame, shown.width) : 0;
  return (
    <div className="poe-image">
      <div role="toolbar" aria-label="Image tools" className="poe-viewer-toolbar">
        <div className="poe-viewer-tool-group">
          <button type="button" onClick={() => setZoom(clampZoom(current / ZOOM_STEP))}>
            Zoom out
          </button>
          <button type="button" onClick={() => setZoom(clampZoom(current * ZOOM_STEP))}>
            Zoom in
          </button>
          <button type="button" aria-pressed={zoom === 'fit'} onClick={() => setZoom('fit')}>
            Fit width
          </button>
        </div>
        <SearchControls search={search} searchRef={searchRef} currentPage={1} isReading={ocr.isReading || !ocr.isKnown} />
      </div>
      <ScanNote text={scan?.text} />
      <div role="document" aria-label={document.name} className="poe-image-scroll" tabIndex={0}>
        <div
          className="poe-image-page poe-text-page"
          style={
            { ...(zoom === 'fit' ? {} : { width: `${zoom * 100}%`, maxWidth: 'none' }), '--total-scale-factor': scale } as CSSProperties
          }
        >
          <img ref={setImg} src={state.value.url} alt={document.name} onError={() => setIsBroken(true)} />
          {scan && frame && scale > 0 && (
            <ScanTextLayer
              text={scan.text}
              frame={frame}
              scale={scale}
              highlights={search.highlightsFor(1)}
              focus={focus?.text ? focus : null}
            />
          )}
        </div>
      </div>
    </div>
  );
}

/** The image's shown width (CSS pixels) and its natural size as shown (EXIF applied), following resizes. */
function useShownSize(img: HTMLImageElement | null): { width: number; natural: { width: number; height: number } } | null {
  const [size, setSize] = useState<{ width: number; natural: { width: number; height: number } } | null>(null);
  useEffect(() => {
    if (!img) return;
    const measure = () => {
      if (!img.naturalWidth) return;
      const width = img.getBoundingClientRect().width;
      setSize((prev) =>
        prev && Math.abs(prev.width - width) < 0.5 && prev.natural.width === img.naturalWidth
          ? prev
          : { width, natural: { width: img.naturalWidth, height: img.naturalHeight } },
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(img);
    img.addEventListener('load', measure);
    measure();
    return () => {
      observer.disconnect();
      img.removeEventListener('load', measure);
    };
  }, [img]);
  return size;
}
