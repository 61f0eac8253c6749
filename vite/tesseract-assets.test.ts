import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSER_OCR_LANGUAGES } from '@readers/browser-ocr';
import { languagePackages, tesseractFiles } from './tesseract-assets';

describe('the OCR assets the app ships', () => {
  it('holds the worker, every core tesseract.js may pick and each language model, all present in node_modules', () => {
    const files = tesseractFiles();
    expect(files.has('worker.min.js')).toBe(true);
    expect([...files.keys()].filter((f) => f.startsWith('core/'))).toHaveLength(6);
    for (const lang of BROWSER_OCR_LANGUAGES) expect(files.has(`lang/4.0.0_best_int/${lang}.traineddata.gz`)).toBe(true);
    // Orientation detection runs the legacy engine: its model is the legacy one.
    expect(files.has('lang/4.0.0/osd.traineddata.gz')).toBe(true);
    for (const file of files.values()) expect(existsSync(file), file).toBe(true);
  });

  it('reads in the app exactly the languages package.json ships (the ones `check` reads)', () => {
    expect([...BROWSER_OCR_LANGUAGES, 'osd'].sort()).toEqual(languagePackages());
  });
});
