import { useEffect, useState } from 'react';
import { imagePixelRefusal } from '@readers/image-reader';
import { imageMimeType } from './document-kind';
import { FailureAlert } from './failure-alert';
import { loadBytes, useLatestDocument, type DataState } from './use-document-data';
import type { ViewerDocument } from './viewer-types';
import { useViewerKeys } from './use-viewer-keys';
import { ZOOM_STEP, clampZoom } from './zoom';

/** Object URL of the image, typed by extension so the browser never sniffs it into something active (SVG). Revoked on unmount. */
function useImageUrl(document: ViewerDocument): DataState<string> {
  const latest = useLatestDocument(document);
  const { path, name } = document;
  const [state, setState] = useState<{ path: string; data: DataState<string> } | null>(null);
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
        setState({ path, data: { status: 'ready', value: url } });
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

/** A PNG/JPEG/GIF/WebP shown as <img alt="file name">, with zoom. */
export function ImageDocument({ document }: { document: ViewerDocument }) {
  const state = useImageUrl(document);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [isBroken, setIsBroken] = useState(false);
  useViewerKeys((action) => {
    const current = zoom === 'fit' ? 1 : zoom;
    if (action === 'zoom-in') setZoom(clampZoom(current * ZOOM_STEP));
    else if (action === 'zoom-out') setZoom(clampZoom(current / ZOOM_STEP));
  });
  if (state.status === 'loading') return <p className="poe-viewer-loading">Loading {document.name}…</p>;
  if (state.status === 'failed') return <FailureAlert fileName={document.name} failure={state.failure} />;
  if (isBroken) return <FailureAlert fileName={document.name} failure={{ kind: 'corrupt', reason: 'the image data cannot be decoded' }} />;
  const current = zoom === 'fit' ? 1 : zoom;
  return (
    <div className="poe-image">
      <div role="toolbar" aria-label="Image tools" className="poe-viewer-toolbar">
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
      <div role="document" aria-label={document.name} className="poe-image-scroll" tabIndex={0}>
        <img
          src={state.value}
          alt={document.name}
          style={zoom === 'fit' ? { maxWidth: '100%' } : { width: `${zoom * 100}%`, maxWidth: 'none' }}
          onError={() => setIsBroken(true)}
        />
      </div>
    </div>
  );
}
