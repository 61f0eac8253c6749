import type { ExtractedDocument } from '@shared/documents/types';

/** One document of the open claim, as the claim view hands it to the viewer. */
export interface ViewerDocument {
  /** Queue-relative path: the document's identity. */
  path: string;
  /** File name shown on its tab and used in accessible names. */
  name: string;
  mimeType: string | null;
  /** Import state, e.g. "ok", "missing", "unsupported", "corrupt", "password-required". */
  state: string;
  stateDetail: string | null;
  /** The file's bytes; undefined when the file is not there. */
  load: () => Promise<Blob | undefined>;
  /** SHA-256 of the bytes, when known: names them in the viewer's cache of read documents. */
  sha256?: string | null;
  /** Already read (an e-mail attachment, read with its message): not read again. */
  extracted?: ExtractedDocument;
}

/** Where to look: a page, and a box (PDF user space, origin bottom-left) or a text to highlight. */
export interface ViewerFocus {
  document: string;
  page?: number;
  /** The part of a format without pages: "header", "body", "paragraphs", "sheet:Tasks". */
  part?: string;
  text?: string;
  box?: { x: number; y: number; width: number; height: number };
  /** Changes on every request, so asking twice for the same place still scrolls there. */
  nonce: number;
}
