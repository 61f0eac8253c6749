// First: the worker gets the same CSP (Electron sends it on worker scripts); zod must not eval.
import '@renderer/features/shell/zod-jitless';
import { createBrowserReaderEnv } from '@readers/browser';
import type { TriageRow } from '@renderer/db/types';
import { triageClaims, type TriageJob } from './triage-claim';

/**
 * One triage worker: takes a small batch of claims at a time, reads their stored documents from
 * IndexedDB itself (no bytes cross to the main thread), runs the engine and answers with each
 * claim's triage row as soon as it is done, then `done` once the batch's cache rows are written.
 * The main thread owns the time budget and terminates a worker that overruns it.
 */

export interface TriageRequest {
  id: number;
  jobs: TriageJob[];
  assetsBase: string;
}
export type TriageResponse =
  { id: number; kind: 'row'; row: TriageRow } | { id: number; kind: 'done' } | { id: number; kind: 'error'; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<TriageRequest>) => void) | null;
  postMessage(message: TriageResponse): void;
}
const scope = self as unknown as WorkerScope;
let env: ReturnType<typeof createBrowserReaderEnv> | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  env ??= createBrowserReaderEnv(request.assetsBase);
  triageClaims(request.jobs, env, (row) => scope.postMessage({ id: request.id, kind: 'row', row })).then(
    () => scope.postMessage({ id: request.id, kind: 'done' }),
    (error: unknown) =>
      scope.postMessage({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
