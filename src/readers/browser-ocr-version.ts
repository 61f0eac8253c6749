import { dependencies, version } from 'tesseract.js/package.json';

/** The models the app reads with: tessdata "best_int", as `check` does. */
export const DATA_FOLDER = '4.0.0_best_int';

/**
 * The app's OCR engine and data version (tesseract.js, its core, the models): part of the OCR
 * cache key and of the engine cache key, so a report made without OCR, or with another engine,
 * is not reused. Kept apart from browser-ocr.ts so the page can read it without loading the engine.
 */
export function browserOcrVersion(): string {
  const core = dependencies['tesseract.js-core'].replace(/^\^/, '');
  return `tesseract.js ${version} core ${core} ${DATA_FOLDER}`;
}
