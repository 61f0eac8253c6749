import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { LIMITS } from '@shared/limits';
import { extractDocument } from '@readers/extract';
import { createNodeReaderEnv } from '@readers/node';
import { createNodeOcr } from './ocr/node-ocr';

/**
 * One reader thread of the check command: reads whole documents, one at a time, and posts the
 * ExtractedDocument back. The main thread owns the watchdog; this side only does the work.
 * With OCR on, the thread starts tesseract.js (its own worker thread) at the first scan and
 * keeps it for the next ones. The engine's WebAssembly heap is told to the main thread as it
 * changes (`{ ocrHeapBytes }`): the watchdog counts it apart from the readers' memory.
 */

interface Job {
  id: number;
  path: string;
  bytes: Uint8Array;
  /** OCR languages for this document (from its claims' countries). */
  languages?: string[];
}

export interface ExtractWorkerData {
  timeoutMs: number;
  /** Absent: OCR is off (`--no-ocr`). */
  ocr?: { budgetMs: number; cacheDir?: string };
}

const { timeoutMs, ocr } = workerData as ExtractWorkerData;
const env = createNodeReaderEnv();
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');
if (ocr)
  env.ocr = createNodeOcr({
    ...ocr,
    // Built beside this file (vite.cli.config.mjs).
    workerPath: fileURLToPath(new URL('./ocr-worker.js', import.meta.url)),
    maxHeapBytes: LIMITS.ocrEngineBytes,
    onHeap: (ocrHeapBytes) => port.postMessage({ ocrHeapBytes }),
  });

port.on('message', (job: Job) => {
  const options = { timeoutMs, ...(job.languages ? { ocr: { languages: job.languages } } : {}) };
  void extractDocument({ path: job.path, bytes: job.bytes }, env, options).then(
    (doc) => port.postMessage({ id: job.id, doc }),
    (err: unknown) => port.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
