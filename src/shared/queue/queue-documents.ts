import { normaliseQueuePath } from './queue-path';

/** Document types the readers handle (QUEUE-FORMAT.md); anything else is listed but unsupported. */
export const SUPPORTED_DOCUMENT_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'msg', 'eml', 'docx', 'xlsx'] as const;

const MIME_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  msg: 'application/vnd.ms-outlook',
  eml: 'message/rfc822',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Lower-case extension without the dot ("" when there is none). */
export function documentExtension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** MIME type by extension, null for unsupported types. */
export function documentMimeType(path: string): string | null {
  return MIME_TYPES[documentExtension(path)] ?? null;
}

/**
 * Where a listed document stands before any byte is read:
 * - refused: the path could escape the queue (never read);
 * - missing: not among the queue's files;
 * - unsupported: present, but not a type the readers handle;
 * - pending: present and supported, to be read.
 * `path` is the normalised path when the path is acceptable, the raw one otherwise.
 */
export interface DocumentPlan {
  path: string;
  state: 'pending' | 'missing' | 'refused' | 'unsupported';
  detail: string | null;
}

export function planDocument(rawPath: string, files: ReadonlySet<string>): DocumentPlan {
  const checked = normaliseQueuePath(rawPath);
  if (!checked.ok) return { path: rawPath, state: 'refused', detail: `${JSON.stringify(rawPath)} refused: ${checked.reason}` };
  const path = checked.path;
  if (!files.has(path)) return { path, state: 'missing', detail: `${path} is listed but not in the queue folder` };
  const ext = documentExtension(path);
  if (!MIME_TYPES[ext]) {
    return { path, state: 'unsupported', detail: `${path}: ${ext ? `.${ext}` : 'files without an extension'} is not a supported document type` };
  }
  return { path, state: 'pending', detail: null };
}
