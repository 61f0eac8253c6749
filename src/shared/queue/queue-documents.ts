import type { DocumentKind } from '../documents/types';
import { normaliseQueuePath } from './queue-path';

/**
 * The one list of document types a queue may hold (QUEUE-FORMAT.md): extension, MIME type and
 * the reader that reads it. Anything else is listed but unsupported.
 */
const DOCUMENT_TYPES = {
  pdf: { mime: 'application/pdf', kind: 'pdf' },
  png: { mime: 'image/png', kind: 'image' },
  jpg: { mime: 'image/jpeg', kind: 'image' },
  jpeg: { mime: 'image/jpeg', kind: 'image' },
  tif: { mime: 'image/tiff', kind: 'image' },
  tiff: { mime: 'image/tiff', kind: 'image' },
  msg: { mime: 'application/vnd.ms-outlook', kind: 'msg' },
  eml: { mime: 'message/rfc822', kind: 'eml' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'docx' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'xlsx' },
} as const satisfies Record<string, { mime: string; kind: DocumentKind }>;

type SupportedExtension = keyof typeof DOCUMENT_TYPES;

function typeOf(path: string): (typeof DOCUMENT_TYPES)[SupportedExtension] | undefined {
  const ext = documentExtension(path);
  return Object.hasOwn(DOCUMENT_TYPES, ext) ? DOCUMENT_TYPES[ext as SupportedExtension] : undefined;
}

/** The reader's kind for a path by its extension ('unsupported' for anything not in the list). */
export function documentKindOf(path: string): DocumentKind {
  return typeOf(path)?.kind ?? 'unsupported';
}

/** Lower-case extension without the dot ("" when there is none). */
export function documentExtension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** MIME type by extension, null for unsupported types. */
export function documentMimeType(path: string): string | null {
  return typeOf(path)?.mime ?? null;
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
  if (!typeOf(path)) {
    return {
      path,
      state: 'unsupported',
      detail: `${path}: ${ext ? `.${ext}` : 'files without an extension'} is not a supported document type`,
    };
  }
  return { path, state: 'pending', detail: null };
}

/** The one wording, in the app's import and in `check`, for a document whose bytes are not the ones the manifest declared. */
export function hashMismatch(path: string, actual: string, declared: string): string | null {
  return actual.toLowerCase() === declared.toLowerCase()
    ? null
    : `${path}: SHA-256 ${actual} differs from the manifest's ${declared.toLowerCase()}`;
}
