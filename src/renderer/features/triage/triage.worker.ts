// First: the worker gets the same CSP (Electron sends it on worker scripts); zod must not eval.
import '@renderer/features/shell/zod-jitless';
import type { TriageRow } from '@renderer/db/types';
import type { ReaderEnv } from '@readers/extract';
import { appReaderEnv } from '@renderer/features/checklist/app-reader-env';
import { triageClaims, type TriageJob } from './triage-claim';

/**
 * One triage worker: takes a small batch of claims at a time, reads their stored documents from
 * IndexedDB itself (no bytes cross to the main thread), runs the engine and answers with each
 * claim's triage row as soon as it is done, then `done` once the batch's cache rows are written.
 * A `yield` ends the batch after the claim in hand (the open claim's engine run needs the core);
 * the main thread takes back the claims not answered. It also owns the time budget and
 * terminates a worker that overruns it.
 */

export type TriageRequest = { kind: 'run'; id: number; jobs: TriageJob[]; assetsBase: string } | { kind: 'yield'; id: number };
export type TriageResponse =
  { id: number; kind: 'row'; row: TriageRow } | { id: number; kind: 'done' } | { id: number; kind: 'error'; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<TriageRequest>) => void) | null;
  postMessage(message: TriageResponse): void;
}
const scope = self as unknown as WorkerScope;
let env: ReaderEnv | null = null;
/** The batch under way and whether it was asked to yield. */
let current: { id: number; isYielding: boolean } | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'yield') {
    if (current?.id === request.id) current.isYielding = true;
    return;
  }
  env ??= appReaderEnv(request.assetsBase);
  const batch = { id: request.id, isYielding: false };
  current = batch;
  triageClaims(
    request.jobs,
    env,
    (row) => scope.postMessage({ id: request.id, kind: 'row', row }),
    () => batch.isYielding,
  ).then(
    () => scope.postMessage({ id: request.id, kind: 'done' }),
    (error: unknown) =>
      scope.postMessage({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
