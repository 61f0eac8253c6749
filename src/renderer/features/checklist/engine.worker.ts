// First: the worker gets the same CSP (Electron sends it on worker scripts); zod must not eval.
import '@renderer/features/shell/zod-jitless';
import type { ReaderEnv } from '@readers/extract';
import { appReaderEnv } from './app-reader-env';
import { readAndCheck } from './engine-run';
import type { EngineRequest, EngineResponse } from './engine-protocol';
import { announceReady } from '@renderer/features/shell/worker-call';

/**
 * Reads a claim's documents and runs the checklist engine off the main thread: pdf.js parsing
 * and the rules can take seconds on large or hostile files, and the reviewer keeps working.
 * The main thread owns the time budget: it terminates this worker when a run is over budget.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}
const scope = self as unknown as WorkerScope;

let env: ReaderEnv | null = null;

async function handle(request: EngineRequest): Promise<EngineResponse> {
  env ??= appReaderEnv(request.assetsBase);
  const { report, documents } = await readAndCheck(request.claim, request.documents, env);
  return {
    id: request.id,
    ok: true,
    report,
    documents: documents.map((d) => ({ path: d.path, state: d.state, stateDetail: d.stateDetail ?? null, sha256: d.sha256 ?? null })),
  };
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response),
    (error: unknown) => scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};

// Calls' budgets start now, not while this module's code was still loading.
announceReady();
