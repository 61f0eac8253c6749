// First: the worker gets the same CSP (Electron sends it on worker scripts); zod must not eval.
import '@renderer/features/shell/zod-jitless';
import { createBrowserReaderEnv } from '@readers/browser';
import { extractDocument } from '@readers/extract';
import type { DocumentView, ExtractedDocument } from '@shared/documents/types';
import type { ViewExtractRequest, ViewExtractResponse } from './view-extract-protocol';
import { announceReady } from '@renderer/features/shell/worker-call';

/**
 * Reads the shown document with the engine's readers (src/readers), asking them also for what
 * the viewer shows (.docx HTML, .xlsx grids, attachment bytes): the reviewer reads the text that
 * was judged. A long .docx or .xlsx gets its first screen posted first (`partial`), then the whole. Off the main thread, and the main thread terminates this worker when a file is over
 * its budget, so a hostile file cannot freeze the app.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<ViewExtractRequest>) => void) | null;
  postMessage(message: ViewExtractResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let env: ReturnType<typeof createBrowserReaderEnv> | null = null;

/**
 * The engine's tables (rows of cells for its layout stage) stay here: the viewer shows the
 * sheets' grids and the .docx HTML, and copying thousands of rows again would only delay it.
 */
function withoutTables(doc: ExtractedDocument): ExtractedDocument {
  return {
    ...doc,
    parts: doc.parts.map(({ tables: _tables, ...part }) => part),
    attachments: doc.attachments.map(withoutTables),
  };
}

/** Attachment bytes travel back transferred, not copied. */
function transferables(doc: ExtractedDocument, out: Transferable[] = []): Transferable[] {
  if (
    doc.content &&
    doc.content.byteOffset === 0 &&
    doc.content.byteLength === doc.content.buffer.byteLength &&
    doc.content.buffer instanceof ArrayBuffer &&
    !out.includes(doc.content.buffer)
  ) {
    out.push(doc.content.buffer);
  }
  for (const a of doc.attachments) transferables(a, out);
  return out;
}

scope.onmessage = (event) => {
  const { id, path, bytes, assetsBase } = event.data;
  env ??= createBrowserReaderEnv(assetsBase);
  const onPreview = (view: DocumentView) => scope.postMessage({ id, partial: true, view });
  extractDocument({ path, bytes: new Uint8Array(bytes) }, env, { forView: true, onPreview }).then(
    (read) => {
      const document = withoutTables(read);
      scope.postMessage({ id, ok: true, document }, transferables(document));
    },
    (error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};

// Calls' budgets start now, not while this module's code was still loading.
announceReady();
