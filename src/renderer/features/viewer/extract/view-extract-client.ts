import type { DocumentView, ExtractedDocument } from '@shared/documents/types';
import { workerCalls } from '@renderer/features/shell/worker-call';
import type { ViewExtractRequest, ViewExtractResponse } from './view-extract-protocol';

/** The readers' own budget is 30 s a document; past this the worker is stuck and is ended. */
export const VIEW_EXTRACT_TIMEOUT_MS = 40_000;
/** Documents kept read (a claim's documents and a few before): reopening a tab reads nothing again. */
const CACHE_SIZE = 16;

const startReader = () => new Worker(new URL('./view-extract.worker.ts', import.meta.url), { type: 'module', name: 'poe-viewer-reader' });
/** Reads documents whole. */
const wholeReader = workerCalls<ViewExtractRequest, ViewExtractResponse>(startReader, 'the document reader failed to start');
/**
 * Answers first screens only (a long .docx's first blocks, a sheet's first rows): a document's
 * first screen never waits behind the whole reading of another (a workbook read whole takes half
 * a second; opening claims back to back, the next one's first screen came after it).
 */
const firstScreenReader = workerCalls<ViewExtractRequest, ViewExtractResponse>(startReader, 'the document reader failed to start');

interface Reading {
  document: Promise<ExtractedDocument>;
  /** A long .docx's or .xlsx's first screen, when one was asked for. */
  firstScreen: Promise<DocumentView | null> | null;
  /** Callers that may still want it (a caller without a signal always does). */
  wanted: number;
  /** Cancels the reading (both readers' calls) once no caller wants it. */
  cancel: AbortController;
  /** Read (or failed): kept in the cache whoever still wants it. */
  isDone: boolean;
}

const cache = new Map<string, Reading>();

const assetsBase = () => new URL('./', document.baseURI).href;

async function readWhole(path: string, bytes: ArrayBuffer, signal: AbortSignal): Promise<ExtractedDocument> {
  const answer = await wholeReader.call(
    { path, bytes, assetsBase: assetsBase() },
    {
      transfer: [bytes],
      timeoutMs: VIEW_EXTRACT_TIMEOUT_MS,
      timeoutMessage: `reading it took longer than ${VIEW_EXTRACT_TIMEOUT_MS / 1000} s and was stopped`,
      signal,
      cancelBy: 'asking-the-worker',
    },
  );
  if ('firstScreen' in answer) throw new Error('the document reader answered with a first screen only');
  if (!answer.ok) throw new Error(answer.message);
  return answer.document;
}

/** A long .docx's or .xlsx's first screen from the first-screen reader; nothing for other files or on any failure. */
async function readFirstScreen(path: string, bytes: ArrayBuffer, signal: AbortSignal): Promise<DocumentView | null> {
  const answer = await firstScreenReader.call(
    { path, bytes, assetsBase: assetsBase(), firstScreen: true },
    {
      transfer: [bytes],
      timeoutMs: VIEW_EXTRACT_TIMEOUT_MS,
      timeoutMessage: 'its first screen took too long',
      signal,
      cancelBy: 'asking-the-worker',
    },
  );
  return 'firstScreen' in answer ? answer.firstScreen : null;
}

/** Starts the viewer's readers (workers and their libraries) before the first document is opened. */
export function warmViewReader(): void {
  wholeReader.warm();
  firstScreenReader.warm();
}

/** Only .docx and .xlsx have a first screen apart from the whole. */
const HAS_FIRST_SCREEN = /\.(docx|xlsx)$/i;

/**
 * The document as the engine's readers see it, plus what the viewer shows. `key` names the
 * bytes (path and hash): the same key is read once while it stays in the cache. `onPreview`
 * gets the first screen of a long .docx or .xlsx while the whole is read (only when it is read
 * now, or by a caller that asked for `firstScreen`), from a reader of its own. `signal` says the caller no longer wants it (its document is no
 * longer shown): once no caller does, the reading is cancelled (dropped if not begun, its answer
 * not sent if it was) and left out of the cache; a caller without a signal always wants it.
 */
export function extractForView(
  key: string,
  path: string,
  bytes: ArrayBuffer,
  options: { onPreview?: (view: DocumentView) => void; signal?: AbortSignal; firstScreen?: boolean } = {},
): Promise<ExtractedDocument> {
  const { onPreview, signal } = options;
  if (signal?.aborted) return Promise.reject(new DOMException('The document is no longer shown', 'AbortError'));
  let reading = cache.get(key);
  if (reading) {
    cache.delete(key);
    cache.set(key, reading);
    reading.wanted++;
  } else {
    const cancel = new AbortController();
    const first =
      (onPreview || options.firstScreen) && HAS_FIRST_SCREEN.test(path) ? readFirstScreen(path, bytes.slice(0), cancel.signal) : null;
    // The whole reading begins once the first screen is read: until then that has the processor.
    const whole = first
      ? first.then(
          () => readWhole(path, bytes, cancel.signal),
          () => readWhole(path, bytes, cancel.signal),
        )
      : readWhole(path, bytes, cancel.signal);
    const fresh: Reading = { document: whole, firstScreen: first, wanted: 1, cancel, isDone: false };
    fresh.document.then(
      () => (fresh.isDone = true),
      () => {
        fresh.isDone = true;
        if (cache.get(key) === fresh) cache.delete(key);
      },
    );
    reading = fresh;
    cache.set(key, fresh);
    while (cache.size > CACHE_SIZE) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  }
  const mine = reading;
  mine.firstScreen?.then(
    (view) => {
      if (view && !mine.isDone) onPreview?.(view);
    },
    () => undefined,
  );
  signal?.addEventListener(
    'abort',
    () => {
      if (--mine.wanted > 0 || mine.isDone) return;
      if (cache.get(key) === mine) cache.delete(key);
      mine.cancel.abort(new DOMException('The document is no longer shown', 'AbortError'));
    },
    { once: true },
  );
  return mine.document;
}

/**
 * Starts reading a .docx's or .xlsx's first screen and its whole (as `extractForView` with
 * `firstScreen`), and resolves once the first screen is read (or is known to be none, or failed).
 */
export function firstScreenOf(key: string, path: string, bytes: ArrayBuffer, options: { signal?: AbortSignal } = {}): Promise<void> {
  const whole = extractForView(key, path, bytes, { ...options, firstScreen: true });
  whole.catch(() => undefined);
  const first = cache.get(key)?.firstScreen ?? whole;
  return first.then(
    () => undefined,
    () => undefined,
  );
}
