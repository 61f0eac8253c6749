import { Worker } from 'node:worker_threads';
import type { DocumentState, ExtractedDocument } from '@shared/documents/types';
import { documentKindOf } from '@shared/queue/queue-documents';

/**
 * A pool of reader threads. Every job ends with an ExtractedDocument, never a rejection: a
 * worker that crashes or runs past the watchdog is terminated, replaced, and its document
 * marked (corrupt / timeout), so one bad file never stops the rest.
 */

export interface PoolOptions {
  size: number;
  workerUrl: URL;
  /** The readers' own budget per document. */
  timeoutMs: number;
  /** Extra time before the main thread kills a worker that has not answered. */
  graceMs: number;
  /** Heap cap per worker (MB): a decompression bomb kills its worker, not the command. */
  maxHeapMb: number;
}

export interface PoolJob {
  path: string;
  /** Loads the bytes when a worker is free (keeps memory flat on big queues). */
  load: () => Promise<Uint8Array>;
}

interface Slot {
  worker: Worker;
  busy: { id: number; path: string; resolve: (d: ExtractedDocument) => void; timer: NodeJS.Timeout } | null;
}

/** A document that could not be read at all, in the readers' shape. */
export function failedDocument(path: string, state: DocumentState, stateDetail: string): ExtractedDocument {
  return { path, kind: documentKindOf(path), state, stateDetail, parts: [], metadata: {}, signatures: [], attachments: [] };
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { job: PoolJob; resolve: (d: ExtractedDocument) => void }[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  run(job: PoolJob): Promise<ExtractedDocument> {
    return new Promise((resolve) => {
      this.waiting.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl, {
      workerData: { timeoutMs: this.options.timeoutMs },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
      stdout: true,
      stderr: true,
    });
    // Library chatter (pdf.js warnings print through console.log) must never reach our stdout,
    // which carries the report; nor flood stderr, which carries progress. Drained and dropped.
    worker.stdout.on('data', () => undefined);
    worker.stderr.on('data', () => undefined);
    const slot: Slot = { worker, busy: null };
    worker.on('message', (msg: { id: number; doc?: ExtractedDocument; error?: string }) => {
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

  /** The worker is gone or stuck: answer for its document, then start a fresh worker. */
  private replace(slot: Slot, state: DocumentState, detail: string): void {
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    const busy = slot.busy;
    slot.busy = null;
    if (busy) clearTimeout(busy.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
    if (busy) busy.resolve(failedDocument(busy.path, state, detail));
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.waiting.shift();
      if (!next) return;
      this.start(slot, next.job, next.resolve);
    }
  }

  private start(slot: Slot, job: PoolJob, resolve: (d: ExtractedDocument) => void): void {
    const id = this.nextId++;
    const limit = this.options.timeoutMs + this.options.graceMs;
    const timer = setTimeout(() => this.replace(slot, 'timeout', `no answer within ${Math.round(limit / 1000)} s: reading stopped`), limit);
    slot.busy = { id, path: job.path, resolve, timer };
    job.load().then(
      (bytes) => {
        if (slot.busy?.id !== id) return;
        // Transfer, not copy: the bytes are not needed on this side any more.
        const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
        slot.worker.postMessage({ id, path: job.path, bytes: owned }, [owned.buffer as ArrayBuffer]);
      },
      (err: unknown) => {
        if (slot.busy?.id !== id) return;
        this.finish(slot, failedDocument(job.path, 'refused', err instanceof Error ? err.message : String(err)));
      },
    );
  }
}
