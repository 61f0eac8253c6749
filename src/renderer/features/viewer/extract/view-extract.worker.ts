// First: the worker gets the same CSP (Electron sends it on worker scripts); zod must not eval.
import '@renderer/features/shell/zod-jitless';
import { createBrowserReaderEnv } from '@readers/browser';
import { extractDocument, extractFirstScreen } from '@readers/extract';
import type { ExtractedDocument } from '@shared/documents/types';
import type { ViewExtractRequest, ViewExtractResponse } from './view-extract-protocol';
import { announceReady } from '@renderer/features/shell/worker-call';

/**
 * Reads the shown document with the engine's readers (src/readers), asking them also for what
 * the viewer shows (.docx HTML, .xlsx grids, attachment bytes): the reviewer reads the text that
 * was judged. The viewer runs two of these: one reads documents whole, the other answers the first
 * screen of a long .docx or .xlsx only (`firstScreen`), so that a document's first screen never
 * waits behind the whole reading of another. A call the viewer cancels (`cancel`: its document is
 * no longer shown) is dropped if it has not begun, and its answer is not sent if it has. Off the
 * main thread, and the main thread terminates this worker when a file is over its budget, so a
 * hostile file cannot freeze the app.
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

/** Calls received and not yet answered; those of them the viewer cancelled (their document is no longer shown). */
const pending = new Set<number>();
const cancelled = new Set<number>();

/**
 * One task later: a cancel posted while this worker was busy (reading another document whole, a
 * long synchronous stretch) is handled before the call it cancels begins or posts its answer.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function answer(request: Exclude<ViewExtractRequest, { cancel: true }>): Promise<void> {
  pending.add(request.id);
  try {
    await read(request);
  } finally {
    pending.delete(request.id);
    cancelled.delete(request.id);
  }
}

async function read(request: Exclude<ViewExtractRequest, { cancel: true }>): Promise<void> {
  const { id, path, bytes, assetsBase } = request;
  await nextTask();
  if (cancelled.has(id)) return;
  if (request.firstScreen) {
    const view = await extractFirstScreen({ path, bytes: new Uint8Array(bytes) });
    await nextTask();
    if (!cancelled.has(id)) scope.postMessage({ id, firstScreen: view });
    return;
  }
  env ??= createBrowserReaderEnv(assetsBase);
  let whole: ExtractedDocument;
  try {
    whole = await extractDocument({ path, bytes: new Uint8Array(bytes) }, env, { forView: true });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    return;
  }
  // A whole workbook costs the page tens of milliseconds to receive: not for a document no longer shown.
  await nextTask();
  if (cancelled.has(id)) return;
  const document = withoutTables(whole);
  scope.postMessage({ id, ok: true, document }, transferables(document));
}

scope.onmessage = (event) => {
  const request = event.data;
  if ('cancel' in request) {
    if (pending.has(request.id)) cancelled.add(request.id);
    return;
  }
  void answer(request);
};

// Calls' budgets start now, not while this module's code was still loading.
announceReady();
