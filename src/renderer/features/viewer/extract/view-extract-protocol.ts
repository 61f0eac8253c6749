import type { DocumentView, ExtractedDocument } from '@shared/documents/types';

/** Messages between the viewer and view-extract.worker.ts (structured-cloned; bytes transferred). */
export interface ViewExtractRequest {
  id: number;
  /** Base URL the readers fetch pdf.js assets from (the worker has no document). */
  assetsBase: string;
  path: string;
  bytes: ArrayBuffer;
}

export type ViewExtractResponse =
  | { id: number; ok: true; document: ExtractedDocument }
  | { id: number; ok: false; message: string }
  /** The first screen of a long .docx or .xlsx, before the whole reading (the call goes on). */
  | { id: number; partial: true; view: DocumentView };
