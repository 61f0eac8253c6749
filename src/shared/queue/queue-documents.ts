import type { DocumentKind } from '../documents/types';
import { normaliseQueuePath } from './queue-path';

/**
 * The one list of document types: extension, MIME type, the reader that reads it and the view that
 * shows it. `inQueue`: a queue may list it (QUEUE-FORMAT.md: PDF, PNG/JPEG/TIFF, .msg, .eml, .docx,
 * .xlsx); the others come only as e-mail attachments, read and shown the same way. Anything not
 * here is listed but unsupported, by the import, `check`, the readers and the viewer alike.
 */
const DOCUMENT_TYPES = {
  pdf: { mime: 'application/pdf', kind: 'pdf', view: 'pdf', inQueue: true },
  png: { mime: 'image/png', kind: 'image', view: 'image', inQueue: true },
  jpg: { mime: 'image/jpeg', kind: 'image', view: 'image', inQueue: true },
  jpeg: { mime: 'image/jpeg', kind: 'image', view: 'image', inQueue: true },
  tif: { mime: 'image/tiff', kind: 'image', view: 'tiff', inQueue: true },
  tiff: { mime: 'image/tiff', kind: 'image', view: 'tiff', inQueue: true },
  gif: { mime: 'image/gif', kind: 'image', view: 'image', inQueue: false },
  webp: { mime: 'image/webp', kind: 'image', view: 'image', inQueue: false },
  msg: { mime: 'application/vnd.ms-outlook', kind: 'msg', view: 'msg', inQueue: true },
  eml: { mime: 'message/rfc822', kind: 'eml', view: 'eml', inQueue: true },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'docx', view: 'docx', inQueue: true },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'xlsx', view: 'xlsx', inQueue: true },
} as const satisfies Record<string, DocumentType>;

/** How the viewer shows a document ('tiff' apart: browsers do not decode TIFF). */
export type DocumentView = 'pdf' | 'image' | 'tiff' | 'eml' | 'msg' | 'docx' | 'xlsx' | 'other';

interface DocumentType {
  mime: string;
  kind: DocumentKind;
  view: DocumentView;
  inQueue: boolean;
}

type KnownExtension = keyof typeof DOCUMENT_TYPES;

/** The type of any known extension, attachment-only ones included. */
export function documentTypeOf(path: string): DocumentType | undefined {
  const ext = documentExtension(path);
  return Object.hasOwn(DOCUMENT_TYPES, ext) ? DOCUMENT_TYPES[ext as KnownExtension] : undefined;
}

/** The type by MIME type (parameters ignored), for a file without an extension. */
export function documentTypeOfMime(mimeType: string): DocumentType | undefined {
  const mime = mimeType.toLowerCase().split(';')[0]?.trim() ?? '';
  return Object.values(DOCUMENT_TYPES).find((t) => t.mime === mime);
}

/** Every known extension and its type. */
export function documentTypes(): [string, DocumentType][] {
  return Object.entries(DOCUMENT_TYPES);
}

/** A type a queue may list. */
function typeOf(path: string): DocumentType | undefined {
  const type = documentTypeOf(path);
  return type?.inQueue ? type : undefined;
}

/** The reader's kind for a path by its extension ('unsupported' for anything not in the list). */
export function documentKindOf(path: string): DocumentKind {
  return typeOf(path)?.kind ?? 'unsupported';
}

/** Lower-case extension without the dot ("" when there is none), after the last "/", "\\" or "#" (an attachment in a message). */
export function documentExtension(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'), path.lastIndexOf('#')) + 1);
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
