/**
 * One module worker answering calls by id, each with a time limit: started on first use, and
 * ended when a call overruns (the only way to stop a stuck parser) or the worker fails, so the
 * next call starts a new one, or when its caller gives up (`signal`: the claim was closed while
 * its scans were read; or, `cancelBy: 'asking-the-worker'`, the call alone is cancelled). The engine's worker and the viewer's reader both run this way.
 *
 * A call's time limit counts from when the worker has loaded its code (it posts `WORKER_READY`,
 * see `announceReady`), not from when it was started: on a busy machine loading a worker took
 * 25 s, and a claim then ran out of its budget before its check began. Loading has its own limit.
 */

/** What a worker posts once its code has loaded; call ids start at 1. */
const WORKER_READY = { id: 0, ready: true } as const;
/** How long a worker may take to load its code before the call fails. */
export const WORKER_STARTUP_MS = 60_000;

/** Said by a worker at the end of its module: its code is loaded and it takes calls. */
export function announceReady(): void {
  (self as unknown as { postMessage(message: typeof WORKER_READY): void }).postMessage(WORKER_READY);
}

function isReadyMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { id?: unknown }).id === 0 && (data as { ready?: unknown }).ready === true;
}

export interface WorkerCalls<Request extends { id: number }, Response extends { id: number }> {
  /** Posts `request` (its id is added) and resolves with the worker's answer to it. */
  call(
    request: Omit<Request, 'id'>,
    options: {
      transfer?: Transferable[];
      timeoutMs: number;
      timeoutMessage: string;
      signal?: AbortSignal;
      /** Gets the worker's messages to this call that carry `partial: true` (a first screen); they do not end it. */
      onPartial?: (message: Response) => void;
      /**
       * How `signal` ends the call: by ending the worker (the default: a run's OCR stops with it),
       * or by asking it (`{ id, cancel: true }`) and keeping it, warm, for the calls after: the
       * worker drops the call if it has not begun it and keeps its answer to itself if it has.
       */
      cancelBy?: 'ending-the-worker' | 'asking-the-worker';
    },
  ): Promise<Response>;
  /** Starts the worker ahead of its first call (loading its code off the critical path). */
  warm(): void;
}

export function workerCalls<Request extends { id: number }, Response extends { id: number }>(
  start: () => Worker,
  failedToStart: string,
): WorkerCalls<Request, Response> {
  let worker: Worker | null = null;
  let nextId = 1;
  const loaded = new WeakMap<Worker, Promise<void>>();
  const get = () => {
    if (worker) return worker;
    const w = start();
    loaded.set(
      w,
      new Promise<void>((resolve) => {
        const onReady = (event: MessageEvent<unknown>) => {
          if (!isReadyMessage(event.data)) return;
          w.removeEventListener('message', onReady);
          resolve();
        };
        w.addEventListener('message', onReady);
      }),
    );
    worker = w;
    return w;
  };
  const stop = (w: Worker) => {
    w.terminate();
    if (worker === w) worker = null;
  };
  return {
    warm() {
      get();
    },
    call(request, { transfer = [], timeoutMs, timeoutMessage, signal, onPartial, cancelBy = 'ending-the-worker' }) {
      const id = nextId++;
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      const w = get();
      return new Promise<Response>((resolve, reject) => {
        let isSettled = false;
        function onAbort() {
          cleanup();
          if (cancelBy === 'asking-the-worker') w.postMessage({ id, cancel: true });
          else stop(w);
          reject(abortReason(signal));
        }
        function overrun(message: string) {
          cleanup();
          stop(w);
          reject(new Error(message));
        }
        // Loading first (its own limit), then the call's budget.
        let timer = setTimeout(() => overrun(`${failedToStart}: it did not load within ${WORKER_STARTUP_MS / 1000} s`), WORKER_STARTUP_MS);
        void loaded.get(w)?.then(() => {
          if (isSettled) return;
          clearTimeout(timer);
          timer = setTimeout(() => overrun(timeoutMessage), timeoutMs);
        });
        function onMessage(event: MessageEvent<Response>) {
          if (event.data.id !== id) return;
          if ((event.data as { partial?: unknown }).partial === true) {
            onPartial?.(event.data);
            return;
          }
          cleanup();
          resolve(event.data);
        }
        function onError(event: ErrorEvent) {
          cleanup();
          stop(w);
          reject(new Error(event.message || failedToStart));
        }
        function cleanup() {
          isSettled = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          w.removeEventListener('message', onMessage);
          w.removeEventListener('error', onError);
        }
        w.addEventListener('message', onMessage);
        w.addEventListener('error', onError);
        signal?.addEventListener('abort', onAbort);
        w.postMessage({ ...request, id }, transfer);
      });
    },
  };
}

function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException('The call was cancelled', 'AbortError');
}
