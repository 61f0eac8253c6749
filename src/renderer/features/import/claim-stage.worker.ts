// First: the worker gets the same CSP as the page; zod must not eval.
import '@renderer/features/shell/zod-jitless';
import { createClaimStage, type ClaimStage } from './claim-stage';
import type { ClaimStageRequest, ClaimStageResponse } from './claim-stage-protocol';

/**
 * The import worker: parses, validates and writes a queue's claims with its own IndexedDB
 * connections, so the page's thread only shows progress. One import per worker; the page
 * terminates it when the import ends.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<ClaimStageRequest>) => void) | null;
  postMessage(message: ClaimStageResponse): void;
}
const scope = self as unknown as WorkerScope;

let stage: ClaimStage | null = null;

async function handle(request: Exclude<ClaimStageRequest, { type: 'documents' }>): Promise<ClaimStageResponse> {
  if (request.type === 'plan') {
    stage = createClaimStage(request.input, (phase, done, total) => scope.postMessage({ type: 'progress', phase, done, total }));
    return { type: 'planned', plan: await stage.plan((toRead) => scope.postMessage({ type: 'documents-to-read', toRead })) };
  }
  if (!stage) return { type: 'failed', message: 'import worker: write before plan' };
  return { type: 'written', result: await stage.write(new Map(request.stored)) };
}

scope.onmessage = (event) => {
  // Arrives while plan() validates (it yields between slices): handed over at once, no answer.
  if (event.data.type === 'documents') {
    stage?.documentsStored(new Map(event.data.stored));
    return;
  }
  handle(event.data).then(
    (response) => scope.postMessage(response),
    (error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
