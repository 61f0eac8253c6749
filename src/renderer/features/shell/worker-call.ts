/**
 * One module worker answering calls by id, each with a time limit: started on first use, and
 * ended when a call overruns (the only way to stop a stuck parser) or the worker fails, so the
 * next call starts a new one, or when its caller gives up (`signal`: the claim was closed while
 * its scans were read). The engine's worker and the viewer's reader both run this way.
 */
export interface WorkerCalls<Request extends { id: number }, Response extends { id: number }> {
  /** Posts `request` (its id is added) and resolves with the worker's answer to it. */
  call(
    request: Omit<Request, 'id'>,
    options: { transfer?: Transferable[]; timeoutMs: number; timeoutMessage: string; signal?: AbortSignal },
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
  const get = () => (worker ??= start());
  const stop = (w: Worker) => {
    w.terminate();
    if (worker === w) worker = null;
  };
  return {
    warm() {
      get();
    },
    call(request, { transfer = [], timeoutMs, timeoutMessage, signal }) {
      const id = nextId++;
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      const w = get();
      return new Promise<Response>((resolve, reject) => {
        function onAbort() {
          cleanup();
          stop(w);
          reject(abortReason(signal));
        }
        const timer = setTimeout(() => {
          cleanup();
          stop(w);
          reject(new Error(timeoutMessage));
        }, timeoutMs);
        function onMessage(event: MessageEvent<Response>) {
          if (event.data.id !== id) return;
          cleanup();
          resolve(event.data);
        }
        function onError(event: ErrorEvent) {
          cleanup();
          stop(w);
          reject(new Error(event.message || failedToStart));
        }
        function cleanup() {
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
