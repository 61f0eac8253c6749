import type { EngineRequest, EngineResponse } from './engine-protocol';

type Success = Extract<EngineResponse, { ok: true }>;

/**
 * One engine worker for the app, runs one claim at a time. A run over its time budget
 * terminates the worker (the only way to stop a stuck parser) and the next run starts a new one.
 */
let worker: Worker | null = null;
let nextId = 1;
let chain: Promise<unknown> = Promise.resolve();

function getWorker(): Worker {
  worker ??= new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'poe-engine' });
  return worker;
}

function runOne(request: Omit<EngineRequest, 'id'>, timeoutMs: number): Promise<Success> {
  const id = nextId++;
  const w = getWorker();
  return new Promise<Success>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      w.terminate();
      if (worker === w) worker = null;
      reject(new Error(`checking took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`));
    }, timeoutMs);
    function onMessage(event: MessageEvent<EngineResponse>) {
      if (event.data.id !== id) return;
      cleanup();
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.message));
    }
    function onError(event: ErrorEvent) {
      cleanup();
      w.terminate();
      if (worker === w) worker = null;
      reject(new Error(event.message || 'the checking worker failed to start'));
    }
    function cleanup() {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    }
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const transfer = request.documents.flatMap((d) => (d.bytes ? [d.bytes] : []));
    w.postMessage({ ...request, id }, transfer);
  });
}

/**
 * Queues a run behind the current one. `prepare` runs only when the run's turn comes (so
 * documents of claims the reviewer already left are never loaded) and may throw an AbortError.
 */
export function runEngine(prepare: () => Promise<Omit<EngineRequest, 'id'>>, timeoutMs: number): Promise<Success> {
  const run = chain.then(async () => runOne(await prepare(), timeoutMs));
  chain = run.catch(() => undefined);
  return run;
}
