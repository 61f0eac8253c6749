import { createBrowserReaderEnv } from '@readers/browser';
import { createBrowserOcr } from '@readers/browser-ocr';
import type { ReaderEnv } from '@readers/extract';
import { indexedDbOcrCache } from '@renderer/db';
import { LIMITS } from '@shared/limits';

/**
 * The readers' environment of the app's workers (the open claim's engine worker and the triage
 * workers): pdf.js and the OCR engine from the app's own assets, OCR results kept in IndexedDB,
 * each document's OCR bounded by LIMITS.ocrDocumentMs as in `check`.
 */
export function appReaderEnv(assetsBase: string): ReaderEnv {
  const ocr = createBrowserOcr({ assetsBase, budgetMs: LIMITS.ocrDocumentMs, cache: indexedDbOcrCache });
  return createBrowserReaderEnv(assetsBase, { ocr });
}
