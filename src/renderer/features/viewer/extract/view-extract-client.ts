import type { DocumentView, ExtractedDocument } from '@shared/documents/types';
import { workerCalls } from '@renderer/features/shell/worker-call';
import type { ViewExtractRequest, ViewExtractResponse } from './view-extract-protocol';

/** The readers' own budget is 30 s a document; past this the worker is stuck and is ended. */
export const VIEW_EXTRACT_TIMEOUT_MS = 40_000;
/** Documents kept read (a claim's documents and a few before): reopening a tab reads nothing again. */
const CACHE_SIZE = 16;

const reader = workerCalls<ViewExtractRequest, ViewExtractResponse>(
  () => new Worker(new URL('./view-extract.worker.ts', import.meta.url), { type: 'module', name: 'poe-viewer-reader' }),
  'the document reader failed to start',
);
const cache = new Map<string, Promise<ExtractedDocument>>();

async function extractInWorker(path: string, bytes: ArrayBuffer, onPreview?: (view: DocumentView) => void): Promise<ExtractedDocument> {
  const answer = await reader.call(
    { path, bytes, assetsBase: new URL('./', document.baseURI).href },
    {
      transfer: [bytes],
      timeoutMs: VIEW_EXTRACT_TIMEOUT_MS,
      timeoutMessage: `reading it took longer than ${VIEW_EXTRACT_TIMEOUT_MS / 1000} s and was stopped`,
      onPartial: (message) => {
        if ('partial' in message) onPreview?.(message.view);
      },
    },
  );
  if ('partial' in answer) throw new Error('the document reader answered with a first screen only');
  if (!answer.ok) throw new Error(answer.message);
  return answer.document;
}

/** Starts the viewer's reader (worker and its libraries) before the first document is opened. */
export function warmViewReader(): void {
  reader.warm();
}

/**
 * The document as the engine's readers see it, plus what the viewer shows. `key` names the
 * bytes (path and hash): the same key is read once while it stays in the cache. `onPreview`
 * gets the first screen of a long .docx or .xlsx while the rest is read (only when it is read now).
 */
export function extractForView(
  key: string,
  path: string,
  bytes: ArrayBuffer,
  onPreview?: (view: DocumentView) => void,
): Promise<ExtractedDocument> {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const pending = extractInWorker(path, bytes, onPreview);
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return pending;
}
