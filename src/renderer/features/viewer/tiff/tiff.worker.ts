import { decodeTiffPage, listTiffPages } from './tiff-pages';
import type { TiffRequest, TiffResponse } from './tiff-protocol';

/** Decodes TIFF pages off the main thread: one worker per open TIFF, holding its bytes. */

interface WorkerScope {
  onmessage: ((event: MessageEvent<TiffRequest>) => void) | null;
  postMessage(message: TiffResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let bytes: ArrayBuffer | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.type === 'open') {
      bytes = request.bytes;
      scope.postMessage({ id: request.id, ok: true, type: 'open', listing: listTiffPages(bytes) });
      return;
    }
    if (!bytes) throw new Error('no file open');
    const page = decodeTiffPage(bytes, request.index);
    const rgba = page.rgba.slice().buffer;
    scope.postMessage({ id: request.id, ok: true, type: 'page', width: page.width, height: page.height, rgba }, [rgba]);
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
