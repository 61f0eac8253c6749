import { documentKind } from './document-kind';
import { firstScreenOf } from './extract/view-extract-client';
import { viewKey } from './extract/view-key';
import { loadBytes } from './use-document-data';
import type { ViewerDocument } from './viewer-types';

/**
 * Starts reading a .docx's or .xlsx's first screen as its claim opens, before the claim view is
 * drawn: the file is loaded from the database and its first screen read while the page lays the
 * claim out, and the viewer, once there, joins the same load and reading (by path and hash)
 * instead of starting its own. `signal` ends the claim's wish for it (another claim opened): the
 * reading is cancelled unless the viewer shows it by then. Returns the reading of the first
 * screen (settled either way), or null when the document has none to read ahead.
 */
export function prefetchForView(document: ViewerDocument, signal: AbortSignal): Promise<void> | null {
  if (!hasFirstScreen(document)) return null;
  return loadBytes(document)
    .then((bytes) => firstScreenOf(viewKey(document.path, document.sha256, bytes), document.path, bytes, { signal }))
    .then(
      () => undefined,
      () => undefined,
    );
}

/** Whether the viewer reads this document's first screen apart (an Office file it reads itself). */
function hasFirstScreen(document: ViewerDocument): boolean {
  const kind = documentKind(document.name, document.mimeType);
  return !document.extracted && document.state === 'ok' && (kind === 'docx' || kind === 'xlsx');
}
