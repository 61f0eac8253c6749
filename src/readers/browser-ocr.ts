import { createWorker, OEM, PSM, type ImageLike, type Worker as TesseractWorker } from 'tesseract.js';
import { encodePgm, greyFromRgba, type GreyImage } from '@shared/documents/ocr-image';
import type { OcrCache, OcrEngine, OcrRecognition, OcrRequest } from './ocr';
import { browserOcrVersion, DATA_FOLDER } from './browser-ocr-version';
import { recognition } from './tesseract-words';

/**
 * OCR in the app: tesseract.js in a Web Worker of its own, started from the worker that reads
 * documents (the engine or a triage worker) and kept for its claims. Its worker script, its
 * WebAssembly core and the language data are the app's own files under `<assets>/tesseract/`
 * (vite/tesseract-assets.ts copies them from node_modules): nothing is fetched from anywhere
 * else, and the page's CSP (`script-src 'self' 'wasm-unsafe-eval'`, `connect-src 'self'`)
 * holds. Same models, same settings and the same word mapping as `check` (src/cli/ocr), so a
 * scan reads the same in both.
 */

/** The language models shipped (the @tesseract.js-data/* dependencies; osd is orientation only). */
export const BROWSER_OCR_LANGUAGES = ['chi_sim', 'deu', 'eng', 'fra', 'ita', 'jpn', 'nld', 'pol', 'por', 'spa'] as const;

export interface BrowserOcrOptions {
  /** Base URL of the app's assets (the page's folder). */
  assetsBase: string;
  budgetMs: number;
  cache?: OcrCache;
}

interface CanvasAndContext {
  canvas: OffscreenCanvas | null;
  context: OffscreenCanvasRenderingContext2D | null;
}

/** pdf.js's canvases as OffscreenCanvas (pdf.js's BaseCanvasFactory methods): a Web Worker has no document to make <canvas> in. */
class OffscreenCanvasFactory {
  create(width: number, height: number): CanvasAndContext {
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }

  reset(entry: CanvasAndContext, width: number, height: number): void {
    if (!entry.canvas) throw new Error('Canvas is not specified');
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    entry.canvas.width = width;
    entry.canvas.height = height;
  }

  /** pdf.js paints a page on a context without alpha. */
  getNoAlphaContext(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D | null {
    return canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  }

  destroy(entry: CanvasAndContext): void {
    if (!entry.canvas) throw new Error('Canvas is not specified');
    entry.canvas.width = 0;
    entry.canvas.height = 0;
    entry.canvas = null;
    entry.context = null;
  }
}

/** Decodes an image file with the browser's codecs (in a worker: createImageBitmap + OffscreenCanvas). */
async function decodeImage(bytes: Uint8Array, format: string): Promise<GreyImage> {
  const bitmap = await createImageBitmap(new Blob([bytes.slice()], { type: `image/${format}` }), { imageOrientation: 'none' });
  try {
    const { width, height } = bitmap;
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas in this worker');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(bitmap, 0, 0);
    return greyFromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
  } finally {
    bitmap.close();
  }
}

/** A page as a PGM file, which tesseract.js hands to leptonica as is (its types name Node's Buffer, absent here). */
function pgm(image: GreyImage): ImageLike {
  // With Node's types (the lint program) a Uint8Array is an ImageLike; with the worker's only (tsc) it is not.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  return encodePgm(image) as unknown as ImageLike;
}

export function createBrowserOcr(options: BrowserOcrOptions): OcrEngine {
  const base = new URL('tesseract/', options.assetsBase.endsWith('/') ? options.assetsBase : `${options.assetsBase}/`).href;
  const paths = {
    workerPath: `${base}worker.min.js`,
    corePath: `${base}core/`,
    // tesseract.js would wrap its worker in a blob: URL; the app's own script needs no wrapper.
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
    logger: () => undefined,
    errorHandler: () => undefined,
  } as const;
  let reader: { worker: Promise<TesseractWorker>; languages: string } | null = null;
  let osd: Promise<TesseractWorker> | null = null;

  const start = (languages: string[]): Promise<TesseractWorker> => {
    const key = languages.join('+');
    if (reader?.languages === key) return reader.worker;
    const previous = reader?.worker;
    const worker = (async () => {
      if (previous) await (await previous.catch(() => null))?.terminate().catch(() => undefined);
      const w = await createWorker(languages, OEM.LSTM_ONLY, { ...paths, langPath: `${base}lang/${DATA_FOLDER}` });
      await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
      return w;
    })();
    reader = { worker, languages: key };
    worker.catch(() => {
      if (reader?.worker === worker) reader = null;
    });
    return worker;
  };

  const startOsd = (): Promise<TesseractWorker> => {
    osd ??= createWorker('osd', OEM.TESSERACT_ONLY, { ...paths, langPath: `${base}lang/4.0.0`, legacyCore: true, legacyLang: true });
    osd.catch(() => (osd = null));
    return osd;
  };

  const terminateAll = async () => {
    const all = [reader?.worker, osd];
    reader = null;
    osd = null;
    await Promise.all(all.map(async (p) => (await p?.catch(() => null))?.terminate().catch(() => undefined)));
  };

  const shipped = new Set<string>(BROWSER_OCR_LANGUAGES);
  return {
    version: browserOcrVersion(),
    defaultLanguages: ['eng'],
    budgetMs: options.budgetMs,
    ...(options.cache ? { cache: options.cache } : {}),
    pdfCanvasFactory: OffscreenCanvasFactory,
    async recognize(image: GreyImage, request: OcrRequest): Promise<OcrRecognition> {
      const languages = request.languages.filter((l) => shipped.has(l));
      const worker = await start(languages.length > 0 ? languages : ['eng']);
      // Straightened already (ocr.ts), as for `check`: rotateAuto only when our skew estimate could not tell.
      const options = { rotateAuto: request.rotateAuto === true, user_defined_dpi: String(Math.round(request.dpi)) };
      const result = await worker.recognize(pgm(image), options, { blocks: true, text: false });
      return recognition(result.data);
    },
    async detectOrientation(image: GreyImage) {
      const worker = await startOsd();
      const { data } = await worker.detect(pgm(image));
      if (data.orientation_degrees === null || data.orientation_confidence === null) return null;
      return { degrees: data.orientation_degrees, confidence: data.orientation_confidence };
    },
    decodeImage,
    abort: () => void terminateAll(),
  };
}
