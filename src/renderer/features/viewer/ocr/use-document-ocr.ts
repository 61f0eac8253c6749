import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDocumentOcr } from '@renderer/db';
import type { DocumentPart } from '@shared/documents/types';
import { useOcrReadingStore } from './ocr-reading-store';

/** What the viewer knows of a document's OCR: its read pages, and whether reading is under way. */
export interface DocumentOcr {
  /**
   * OCR'd parts by page key ("page:2", "image:1"); empty until OCR has read the document. The same
   * map while the words are the same: text layers and search built on it depend on it alone.
   */
  parts: ReadonlyMap<string, DocumentPart>;
  /** The open claim's engine is reading the document now (its OCR may still come). */
  isReading: boolean;
  /** The OCR store has answered (false for the first moment after opening). */
  isKnown: boolean;
}

const NO_PARTS: ReadonlyMap<string, DocumentPart> = new Map();

/**
 * The document's OCR words, from the OCR cache the engine's readers fill (db/ocr-cache.ts): a live
 * query, so a scan shows its text as soon as its reading ends, with no reload.
 */
export function useDocumentOcr(sha256: string | null | undefined): DocumentOcr {
  const row = useLiveQuery(async () => (sha256 ? ((await getDocumentOcr(sha256)) ?? null) : null), [sha256]);
  const isReading = useOcrReadingStore((s) => (sha256 ? (s.reading[sha256] ?? 0) > 0 : false));
  // The live query answers with a new row object each time the OCR table changes (another scan
  // read, the engine's reading ending); the words are the same while the row's key and time are.
  // A new map for the same words laid the scan's text layer out again after search had marked it.
  const rowId = row ? `${row.key}\u0000${row.computedAt}` : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `rowId` names the row's content
  const parts = useMemo(() => (row ? new Map(Object.entries(row.parts)) : NO_PARTS), [rowId]);
  return useMemo(() => ({ parts, isReading, isKnown: row !== undefined }), [parts, isReading, row]);
}

/** A PDF page's OCR part, when OCR read it. */
export function ocrPageOf(parts: DocumentOcr['parts'], page: number): DocumentPart | undefined {
  const part = parts.get(`page:${page}`);
  return part?.ocr?.state === 'done' ? part : undefined;
}
