import type { ExtractedDocument } from '@shared/documents/types';
import type { ViewExtractRequest, ViewExtractResponse } from './view-extract-protocol';

/** The readers' own budget is 30 s a document; past this the worker is stuck and is ended. */
export const VIEW_EXTRACT_TIMEOUT_MS = 40_000;
/** Documents kept read (a claim's documents and a few before): reopening a tab reads nothing again. */
const CACHE_SIZE = 16;

let worker: Worker | null = null;
let nextId = 1;
const cache = new Map<string, Promise<ExtractedDocument>>();

function getWorker(): Worker {
  worker ??= new Worker(new URL('./view-extract.worker.ts', import.meta.url), { type: 'module', name: 'poe-viewer-reader' });
  return worker;
}

function stopWorker(w: Worker) {
  w.terminate();
  if (worker === w) worker = null;
}

function extractInWorker(path: string, bytes: ArrayBuffer): Promise<ExtractedDocument> {
  const id = nextId++;
  const w = getWorker();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      stopWorker(w);
      reject(new Error(`reading it took longer than ${VIEW_EXTRACT_TIMEOUT_MS / 1000} s and was stopped`));
    }, VIEW_EXTRACT_TIMEOUT_MS);
    function onMessage(event: MessageEvent<ViewExtractResponse>) {
      if (event.data.id !== id) return;
      cleanup();
      if (event.data.ok) resolve(event.data.document);
      else reject(new Error(event.data.message));
    }
    function onError(event: ErrorEvent) {
      cleanup();
      stopWorker(w);
      reject(new Error(event.message || 'the document reader failed to start'));
    }
    function cleanup() {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    }
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const request: ViewExtractRequest = { id, path, bytes, assetsBase: new URL('./', document.baseURI).href };
    w.postMessage(request, [bytes]);
  });
}

/**
 * The document as the engine's readers see it, plus what the viewer shows. `key` names the
 * bytes (path and hash): the same key is read once while it stays in the cache.
 */
export function extractForView(key: string, path: string, bytes: ArrayBuffer): Promise<ExtractedDocument> {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const pending = extractInWorker(path, bytes);
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return pending;
}
