import type { OcrCache, OcrCachedDocument } from '@readers/ocr';
import { db } from './database';
import type { OcrCacheRow } from './types';

/**
 * The readers' OCR cache in the app (ReaderEnv.ocr.cache): IndexedDB, so a scan reopened, or
 * read first by triage in the background, is not read again. Used from the engine's and the
 * triage workers (Dexie works in a worker); the viewer reads the same rows to show the words.
 */
export const indexedDbOcrCache: OcrCache = {
  async get(key: string): Promise<OcrCachedDocument | undefined> {
    const row = await db.ocrCache.get(key);
    return row ? { parts: row.parts } : undefined;
  },
  async put(key: string, value: OcrCachedDocument): Promise<void> {
    // readers' ocrCacheKey starts with the document's SHA-256: the viewer finds a scan's words by it.
    const sha256 = key.slice(0, key.indexOf('.') > 0 ? key.indexOf('.') : key.length);
    await db.ocrCache.put({ key, sha256, parts: value.parts, computedAt: new Date().toISOString() });
  },
  // The engine worker and a triage worker reaching the same scan: one reads it, the other waits and takes the result.
  exclusive: <T>(key: string, work: () => Promise<T>): Promise<T> =>
    typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks.request(`poe-ocr:${key}`, work) : work(),
};

/** The latest OCR of a document (any languages), or undefined when it was never read. */
export async function getDocumentOcr(sha256: string): Promise<OcrCacheRow | undefined> {
  const rows = await db.ocrCache.where('sha256').equals(sha256).toArray();
  return rows.sort((a, b) => b.computedAt.localeCompare(a.computedAt))[0];
}
