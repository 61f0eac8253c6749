// First: the worker gets the same CSP (Electron sends it on worker scripts); zod must not eval.
import '@renderer/features/shell/zod-jitless';
import { createBrowserReaderEnv } from '@readers/browser';
import { extractDocument } from '@readers/extract';
import { runChecks } from '@shared/checks/engine';
import { DEFAULT_RULESET } from '@shared/checks/ruleset';
import type { ExtractedDocument } from '@shared/documents/types';
import type { EngineRequest, EngineResponse } from './engine-protocol';

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

let env: ReturnType<typeof createBrowserReaderEnv> | null = null;

/** A document the import could not store still counts: the engine sees it as unreadable. */
function unreadDocument(path: string, state: ExtractedDocument['state'], detail: string | null): ExtractedDocument {
  return { path, kind: 'unsupported', state, stateDetail: detail ?? undefined, parts: [], metadata: {}, signatures: [], attachments: [] };
}

async function handle(request: EngineRequest): Promise<EngineResponse> {
  env ??= createBrowserReaderEnv(request.assetsBase);
  const documents: ExtractedDocument[] = [];
  for (const doc of request.documents) {
    if (!doc.bytes) {
      const state = doc.state === 'pending' || doc.state === 'ok' ? 'missing' : doc.state;
      documents.push(unreadDocument(doc.path, state, doc.stateDetail ?? 'no bytes were stored at import'));
      continue;
    }
    documents.push(await extractDocument({ path: doc.path, bytes: new Uint8Array(doc.bytes) }, env));
  }
  const report = runChecks({ claim: request.claim, documents, ruleset: DEFAULT_RULESET });
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
    (error: unknown) =>
      scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
