import type { ManifestInput } from '@shared/queue/parse-queue';
import {
  createClaimStage,
  type ClaimPlan,
  type ClaimStage,
  type ClaimWriteResult,
  type DocumentsToRead,
  type StageReport,
} from './claim-stage';
import type { ClaimStageRequest, ClaimStageResponse } from './claim-stage-protocol';

const NO_WORKER = Symbol('no worker');

/**
 * Runs the claim half of an import in a module worker (JSON.parse, zod and the IndexedDB writes
 * of 10,000 claims would otherwise block the page for seconds in total). Where no Worker exists
 * (unit tests) or it cannot start (a CSP or loader problem), the same stage runs in-process,
 * so an import never fails for want of a worker.
 */
export function startClaimStage(input: ManifestInput, report: StageReport): ClaimStage {
  let worker: Worker | null = null;
  try {
    if (typeof Worker === 'function')
      worker = new Worker(new URL('./claim-stage.worker.ts', import.meta.url), { type: 'module', name: 'poe-import' });
  } catch {
    worker = null;
  }
  if (!worker) return createClaimStage(input, report);
  let local: ClaimStage | null = null;
  let heard = false;

  let onDocuments: ((toRead: DocumentsToRead) => void) | null = null;

  function call(w: Worker, request: ClaimStageRequest): Promise<ClaimStageResponse | typeof NO_WORKER> {
    return new Promise((resolve, reject) => {
      function onMessage(event: MessageEvent<ClaimStageResponse>) {
        heard = true;
        const data = event.data;
        if (data.type === 'progress') {
          report(data.phase, data.done, data.total);
          return;
        }
        if (data.type === 'documents-to-read') {
          onDocuments?.(data.toRead);
          return;
        }
        cleanup();
        if (data.type === 'failed') reject(new Error(data.message));
        else resolve(data);
      }
      function onError(event: Event) {
        cleanup();
        // Failed before it ever answered: it did not start. Later: it died mid-import.
        if (!heard) resolve(NO_WORKER);
        else reject(new Error(event instanceof ErrorEvent && event.message ? event.message : 'the import worker stopped'));
      }
      function cleanup() {
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
      }
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      w.postMessage(request);
    });
  }

  function stopWorker(): void {
    worker?.terminate();
    worker = null;
  }

  return {
    async plan(documentsToRead): Promise<ClaimPlan> {
      onDocuments = documentsToRead;
      const response = worker ? await call(worker, { type: 'plan', input }) : NO_WORKER;
      if (response === NO_WORKER) {
        stopWorker();
        local = createClaimStage(input, report);
        return local.plan(documentsToRead);
      }
      if (response.type !== 'planned') throw new Error(`import worker: unexpected ${response.type}`);
      return response.plan;
    },
    documentsStored(stored) {
      if (local) local.documentsStored(stored);
      else worker?.postMessage({ type: 'documents', stored: [...stored] } satisfies ClaimStageRequest);
    },
    async write(stored): Promise<ClaimWriteResult> {
      if (local) return local.write(stored);
      if (!worker) throw new Error('import: claims written after the import worker stopped');
      const response = await call(worker, { type: 'write', stored: [...stored] });
      if (response === NO_WORKER || response.type !== 'written') throw new Error('import worker: no result for the claims written');
      return response.result;
    },
    close() {
      stopWorker();
      local?.close();
    },
  };
}
