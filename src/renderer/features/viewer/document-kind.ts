import { documentTypeOf, documentTypeOfMime, documentExtension, type DocumentView } from '@shared/queue/queue-documents';

/** How the viewer shows a document: the view of the one list of types (shared/queue/queue-documents.ts). */
export type DocumentKind = DocumentView;

/** Last segment of a queue path, whichever slash it uses. */
export function basename(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/** Picks the view from the file name first (what the partner called it), then the MIME type. */
export function documentKind(name: string, mimeType: string | null): DocumentKind {
  const base = basename(name);
  if (documentExtension(base)) return documentTypeOf(base)?.view ?? 'other';
  return documentTypeOfMime(mimeType ?? '')?.view ?? 'other';
}

/** Image MIME type for an object URL, so the browser never sniffs something else (e.g. SVG with script). */
export function imageMimeType(name: string): string {
  const type = documentTypeOf(basename(name));
  return type?.kind === 'image' ? type.mime : 'image/jpeg';
}
