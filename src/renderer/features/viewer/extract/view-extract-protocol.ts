import type { DocumentView, ExtractedDocument } from '@shared/documents/types';

/** Messages between the viewer and view-extract.worker.ts (structured-cloned; bytes transferred). */
export type ViewExtractRequest =
  | {
      id: number;
      /** Base URL the readers fetch pdf.js assets from (the worker has no document). */
      assetsBase: string;
      path: string;
      bytes: ArrayBuffer;
      /** The first screen of a long .docx or .xlsx only (answered `firstScreen`), not the whole reading. */
      firstScreen?: true;
    }
  /** The call `id` is no longer wanted (its document is no longer shown): dropped if not begun, its answer kept back if it was. */
  | { id: number; cancel: true };

export type ViewExtractResponse =
  | { id: number; ok: true; document: ExtractedDocument }
  | { id: number; ok: false; message: string }
  /** The answer to a `firstScreen` request: null when the document has none (short, or not a .docx/.xlsx). */
  | { id: number; firstScreen: DocumentView | null };
