import { Worker } from 'node:worker_threads';
import type { DocumentState, ExtractedDocument } from '@shared/documents/types';
import { documentKindOf } from '@shared/queue/queue-documents';

/**
 * A pool of reader threads. Every job ends with an ExtractedDocument, never a rejection: a
 * worker that crashes or runs past the watchdog is terminated, replaced, and its document
 * marked (corrupt / timeout), so one bad file never stops the rest.
 *
 * Memory: a worker's heap cap does not bound its ArrayBuffers (pdf.js decodes into them), so a
 * resident-memory watchdog samples the process: over the limit, the busy workers are ended; a
 * document that was read alongside others is read again alone, and one that passes the limit
 * alone is reported "too large to read". The process stays near the limit whatever the input.
 *
 * What a document is judged by is its own memory: the growth of resident memory since its reading
 * started, once it is read alone on a fresh reader. A reader thread that did OCR keeps memory
 * after its scans (the engine's heap, and what decoding big pages left in the thread) even when its
 * engine was ended past its bound and tells no heap any more; over a limit, such idle readers are
 * ended first, and a document is not refused for memory that was there before it began: it is
 * read again alone on a fresh reader, and refused only if its own reading passes the readers'
 * limit, or the whole process passes its limit while it is read that way.
 *
 * OCR engines (tesseract.js, one per reader, started at its first scan) keep a WebAssembly heap
 * that only grows, bounded by their own limit (LIMITS.ocrEngineBytes: an engine past it is ended
 * after its page). Each reader tells its engine's heap (`{ ocrHeapBytes }`), and the readers'
 * limit is checked on the process less those heaps: a scan is not "too large to read" because an
 * engine keeps a page's worth of memory. The whole process has a limit of its own
 * (`maxTotalResidentBytes`): over it, busy readers are ended as above, and a document read
 * alone has the other readers (and their engines) ended first.
 */

export interface PoolOptions {
  size: number;
  workerUrl: URL;
  /** The readers' own budget per document (OCR's budget comes on top). */
  timeoutMs: number;
  /** OCR of scanned pages in the readers (absent: off). */
  ocr?: { budgetMs: number; cacheDir?: string };
  /** Extra time before the main thread kills a worker that has not answered. */
  graceMs: number;
  /** Heap cap per worker (MB): a decompression bomb kills its worker, not the command. */
  maxHeapMb: number;
  /** Resident memory of the readers (the process less its OCR engines' heaps) before the busy readers are ended (bytes). */
  maxResidentBytes?: number;
  /** Resident memory of the whole process, OCR engines included, before the busy readers are ended (bytes). */
  maxTotalResidentBytes?: number;
  /** How often resident memory is sampled (ms). */
  sampleMs?: number;
}

export interface PoolJob {
  path: string;
  /** Loads the bytes when a worker is free (keeps memory flat on big queues). */
  load: () => Promise<Uint8Array>;
  /** OCR languages for the document (tesseract codes, most likely first). */
  languages?: string[];
}

interface Waiting {
  job: PoolJob;
  resolve: (d: ExtractedDocument) => void;
  /** Read with no other document at the same time (its memory is then its own). */
  alone: boolean;
  /** Read again alone on a fresh reader after a limit was passed: the process's limit passed again refuses it. */
  fresh?: boolean;
}

interface Slot {
  worker: Worker;
  /** The WebAssembly heap of this reader's OCR engine, as it last told (bytes). */
  ocrHeapBytes: number;
  /** This reader started an OCR engine: it keeps memory after its scans even when the engine is gone. */
  didOcr: boolean;
  busy: {
    id: number;
    path: string;
    resolve: (d: ExtractedDocument) => void;
    timer: NodeJS.Timeout;
    waiting: Waiting;
    /** Resident memory of the process, and its OCR engines' heaps, when this document's reading started. */
    startRss: number;
    startOcrBytes: number;
  } | null;
}

/** A document that could not be read at all, in the readers' shape. */
export function failedDocument(path: string, state: DocumentState, stateDetail: string): ExtractedDocument {
  return { path, kind: documentKindOf(path), state, stateDetail, parts: [], metadata: {}, signatures: [], attachments: [] };
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Waiting[] = [];
  private nextId = 1;
  private closed = false;
  private readonly sampler: NodeJS.Timeout | null;
  /** After readers were ended for memory, nothing starts until resident memory is back under the limit (or this time passes). */
  private coolUntil = 0;
  /** Idle OCR engines were ended for memory: their memory is being given back until then. */
  private releasingUntil = 0;

  /**
   * What the readers' limit leaves for one document's own reading: the limit less the process's
   * resident memory before its readers started (at least half the limit).
   */
  private readonly documentBudget: number;

  constructor(private readonly options: PoolOptions) {
    const limit = options.maxResidentBytes ?? Infinity;
    this.documentBudget = Math.max(limit / 2, limit - process.memoryUsage.rss());
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
    this.sampler =
      options.maxResidentBytes || options.maxTotalResidentBytes ? setInterval(() => this.checkMemory(), options.sampleMs ?? 50) : null;
    this.sampler?.unref();
  }

  run(job: PoolJob): Promise<ExtractedDocument> {
    return new Promise((resolve) => {
      this.waiting.push({ job, resolve, alone: false });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.sampler) clearInterval(this.sampler);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** The OCR engines' heaps, as the readers told them. */
  private ocrHeapBytes(): number {
    return this.slots.reduce((n, s) => n + s.ocrHeapBytes, 0);
  }

  private checkMemory(): void {
    const { maxResidentBytes, maxTotalResidentBytes } = this.options;
    if ((!maxResidentBytes && !maxTotalResidentBytes) || this.closed) return;
    const rss = process.memoryUsage.rss();
    const readersOver = maxResidentBytes !== undefined && rss - this.ocrHeapBytes() > maxResidentBytes;
    const totalOver = maxTotalResidentBytes !== undefined && rss > maxTotalResidentBytes;
    if (!readersOver && !totalOver) {
      if (this.coolUntil !== 0) {
        this.coolUntil = 0;
        this.pump();
      }
      return;
    }
    // Idle readers that did OCR go first: what they keep (engines, and what their scans left in
    // the thread) is given back without ending anyone's document; the busy readers get time.
    const idle = this.slots.filter((s) => !s.busy && (s.didOcr || s.ocrHeapBytes > 0));
    for (const slot of idle) this.replace(slot, null, '');
    if (idle.length > 0) this.releasingUntil = Date.now() + 1000;
    if (this.releasingUntil > Date.now()) return;
    const busy = this.slots.filter((s) => s.busy);
    const mb = (bytes: number | undefined) => Math.round((bytes ?? 0) / 1024 / 1024);
    const reading = busy.length === 1 ? busy[0]?.busy : undefined;
    if (reading) {
      // One document: refused when its own reading passed the readers' limit, or the process passes
      // its limit while it is read alone on a fresh reader. Memory that was there before it began
      // is not its own: over the readers' limit for that, it is read again alone on a fresh reader.
      // Its own: growth since it started, less what the OCR engines' heaps grew by meanwhile.
      const grown = rss - reading.startRss - Math.max(0, this.ocrHeapBytes() - reading.startOcrBytes);
      const own = maxResidentBytes !== undefined && grown > this.documentBudget;
      if (reading.waiting.fresh && !own && !totalOver) return;
      this.coolUntil = Date.now() + 2000;
      const slot = busy[0] as Slot;
      if (own || reading.waiting.fresh)
        this.replace(
          slot,
          'refused',
          `too large to read: reading it took more than ${mb(own ? maxResidentBytes : maxTotalResidentBytes)} MB of memory`,
        );
      else this.replace(slot, null, '', { ...reading.waiting, alone: true, fresh: true });
      return;
    }
    if (busy.length === 0) return;
    this.coolUntil = Date.now() + 2000;
    for (const slot of busy) if (slot.busy) this.replace(slot, null, '', { ...slot.busy.waiting, alone: true });
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl, {
      workerData: { timeoutMs: this.options.timeoutMs, ...(this.options.ocr ? { ocr: this.options.ocr } : {}) },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
      stdout: true,
      stderr: true,
    });
    // Library chatter (pdf.js warnings print through console.log) must never reach our stdout,
    // which carries the report; nor flood stderr, which carries progress. Drained and dropped.
    worker.stdout.on('data', () => undefined);
    worker.stderr.on('data', () => undefined);
    const slot: Slot = { worker, busy: null, ocrHeapBytes: 0, didOcr: false };
    worker.on('message', (msg: { id: number; doc?: ExtractedDocument; error?: string; ocrHeapBytes?: number }) => {
      if (msg.ocrHeapBytes !== undefined) {
        slot.ocrHeapBytes = msg.ocrHeapBytes;
        if (msg.ocrHeapBytes > 0) slot.didOcr = true;
        return;
      }
      const busy = slot.busy;
      if (!busy || busy.id !== msg.id) return;
      this.finish(slot, msg.doc ?? failedDocument(busy.path, 'corrupt', `could not be read: ${msg.error ?? 'unknown error'}`));
    });
    worker.on('error', (err) => this.replace(slot, 'corrupt', `the reader crashed on this document (${err.message})`));
    worker.on('exit', (code) => this.replace(slot, 'corrupt', `the reader stopped on this document (exit code ${code})`));
    return slot;
  }

  private finish(slot: Slot, doc: ExtractedDocument): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = null;
    busy.resolve(doc);
    this.pump();
  }

  /**
   * The worker is gone, stuck or too big: answer for its document (or, with `retry`, put it back
   * at the head of the queue to be read alone), then start a fresh worker.
   */
  private replace(slot: Slot, state: DocumentState | null, detail: string, retry?: Waiting): void {
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    const busy = slot.busy;
    slot.busy = null;
    if (busy) clearTimeout(busy.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
    if (retry) this.waiting.unshift(retry);
    else if (busy && state) busy.resolve(failedDocument(busy.path, state, detail));
    this.pump();
  }

  private pump(): void {
    if (this.coolUntil > Date.now()) {
      // Ended readers' memory is being given back: try again shortly.
      setTimeout(() => this.pump(), 100).unref();
      return;
    }
    this.coolUntil = 0;
    for (let index = 0; index < this.slots.length; index++) {
      if (this.slots.some((s) => s.busy?.waiting.alone)) return;
      if (this.slots[index]?.busy) continue;
      const next = this.waiting[0];
      if (!next) return;
      if (next.alone && this.slots.some((s) => s.busy)) return;
      // A document read alone has the whole process's memory: readers that did OCR are ended first
      // (this one included), and it starts once their memory is given back.
      if (next.alone && this.endIdleOcrReaders()) {
        this.coolUntil = Date.now() + 1000;
        setTimeout(() => this.pump(), 100).unref();
        return;
      }
      const slot = this.slots[index];
      if (!slot) return;
      this.waiting.shift();
      this.start(slot, next);
    }
  }

  /**
   * Ends the idle readers that did OCR (their engines, or what their scans left in the thread
   * after an engine was ended) and starts fresh ones; true when there were any.
   */
  private endIdleOcrReaders(): boolean {
    let ended = false;
    for (const [index, slot] of this.slots.entries()) {
      if (slot.busy || (!slot.didOcr && slot.ocrHeapBytes === 0)) continue;
      slot.worker.removeAllListeners();
      void slot.worker.terminate();
      this.slots[index] = this.spawn();
      ended = true;
    }
    return ended;
  }

  private start(slot: Slot, waiting: Waiting): void {
    const { job, resolve } = waiting;
    const id = this.nextId++;
    const limit = this.options.timeoutMs + (this.options.ocr?.budgetMs ?? 0) + this.options.graceMs;
    const timer = setTimeout(() => this.replace(slot, 'timeout', `no answer within ${Math.round(limit / 1000)} s: reading stopped`), limit);
    slot.busy = { id, path: job.path, resolve, timer, waiting, startRss: process.memoryUsage.rss(), startOcrBytes: this.ocrHeapBytes() };
    job.load().then(
      (bytes) => {
        if (slot.busy?.id !== id) return;
        // Transfer, not copy: the bytes are not needed on this side any more.
        const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
        const message = { id, path: job.path, bytes: owned, ...(job.languages ? { languages: job.languages } : {}) };
        slot.worker.postMessage(message, [owned.buffer as ArrayBuffer]);
      },
      (err: unknown) => {
        if (slot.busy?.id !== id) return;
        this.finish(slot, failedDocument(job.path, 'refused', err instanceof Error ? err.message : String(err)));
      },
    );
  }
}
