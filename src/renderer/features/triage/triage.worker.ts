// First: the worker gets the same CSP (Electron sends it on worker scripts); zod must not eval.
import '@renderer/features/shell/zod-jitless';
import { createBrowserReaderEnv } from '@readers/browser';
import type { TriageRow } from '@renderer/db/types';
import { triageClaim, type TriageJob } from './triage-claim';

/**
 * One triage worker: takes one claim at a time, reads its stored documents from IndexedDB itself
 * (no bytes cross to the main thread), runs the engine and answers with the claim's triage row.
 * The main thread owns the time budget and terminates a worker that overruns it.
 */

export interface TriageRequest extends TriageJob {
  id: number;
  assetsBase: string;
}
export type TriageResponse = { id: number; ok: true; row: TriageRow } | { id: number; ok: false; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<TriageRequest>) => void) | null;
  postMessage(message: TriageResponse): void;
}
const scope = self as unknown as WorkerScope;
let env: ReturnType<typeof createBrowserReaderEnv> | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  env ??= createBrowserReaderEnv(request.assetsBase);
  triageClaim(request, env).then(
    (row) => scope.postMessage({ id: request.id, ok: true, row }),
    (error: unknown) => scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
