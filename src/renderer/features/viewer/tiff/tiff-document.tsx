import { useEffect, useRef, useState } from 'react';
import { FailureAlert } from '../failure-alert';
import { useNearViewport } from '../pdf/use-near-viewport';
import { loadBytes, useLatestDocument, type DataState } from '../use-document-data';
import { useViewerKeys } from '../use-viewer-keys';
import type { ViewerDocument } from '../viewer-types';
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
}) {
  const { decoder, index, info, fileName, zoom, root } = props;
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
  const width = zoom === 'fit' ? '100%' : `${Math.round(info.width * zoom)}px`;
  return (
    <div
      ref={wrapperRef}
      className="poe-tiff-page"
      data-page-number={index + 1}
      style={{ width, aspectRatio: `${info.width} / ${info.height}` }}
    >
      <canvas ref={canvasRef} role="img" aria-label={`${fileName} page ${index + 1}`} data-painted="false" />
      {failure && (
        <p role="alert" className="poe-pdf-page-failure">
          {fileName} page {index + 1} could not be shown: {failure}
        </p>
      )}
    </div>
  );
}

/** A TIFF, every page (decoded in a worker when scrolled near), with its page count and zoom. */
export function TiffDocument({ document }: { document: ViewerDocument }) {
  const state = useTiff(document);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  useViewerKeys((action) => {
    const current = zoom === 'fit' ? 1 : zoom;
    if (action === 'zoom-in') setZoom(clampZoom(current * ZOOM_STEP));
    else if (action === 'zoom-out') setZoom(clampZoom(current / ZOOM_STEP));
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
      </div>
      {listing.totalPages > count && (
        <p role="note" className="poe-pdf-note">
          This image has {listing.totalPages.toLocaleString('en-US')} pages; the viewer shows the first {count.toLocaleString('en-US')}.
        </p>
      )}
      <div ref={setRoot} role="document" aria-label={document.name} className="poe-image-scroll poe-tiff-pages" tabIndex={0}>
        {listing.pages.map((info, i) => (
          <TiffPage key={i} decoder={decoder} index={i} info={info} fileName={document.name} zoom={zoom} root={root} />
        ))}
      </div>
    </div>
  );
}
