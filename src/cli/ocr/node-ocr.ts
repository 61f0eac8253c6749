import { mkdirSync, readFileSync, rmSync, symlinkSync, copyFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Worker as TesseractWorker } from 'tesseract.js';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { encodePgm, greyFromRgba, type GreyImage } from '@shared/documents/ocr-image';
import type { OcrEngine, OcrRecognition, OcrRequest } from '@readers/ocr';
import { recognition } from '@readers/tesseract-words';
import { OcrFileCache } from './ocr-cache';

/**
 * OCR for `check`: tesseract.js (WebAssembly) in worker threads of its own, started lazily by
 * each reader thread and kept for its documents. Language data comes from the
 * @tesseract.js-data/* packages in node_modules (LSTM "best_int" models, gzip): nothing is
 * downloaded, ever. Pages scanned sideways are turned by tesseract's orientation detection (osd,
 * legacy engine, started only when a page reads badly); skew is straightened before the engine
 * sees the page (readers/ocr.ts, shared/documents/ocr-skew.ts), by tesseract only when ours cannot tell it.
 */

const require = createRequire(import.meta.url);
/** The models used: tessdata "best_int", the LSTM models tesseract.js serves by default. */
const DATA_FOLDER = '4.0.0_best_int';
/** The language data shipped (@tesseract.js-data packages in package.json): each package's folder. */
const LANGUAGE_PACKAGES: Record<string, () => string> = {
  eng: () => require.resolve('@tesseract.js-data/eng/package.json'),
  deu: () => require.resolve('@tesseract.js-data/deu/package.json'),
  fra: () => require.resolve('@tesseract.js-data/fra/package.json'),
  spa: () => require.resolve('@tesseract.js-data/spa/package.json'),
  por: () => require.resolve('@tesseract.js-data/por/package.json'),
  ita: () => require.resolve('@tesseract.js-data/ita/package.json'),
  nld: () => require.resolve('@tesseract.js-data/nld/package.json'),
  pol: () => require.resolve('@tesseract.js-data/pol/package.json'),
  jpn: () => require.resolve('@tesseract.js-data/jpn/package.json'),
  chi_sim: () => require.resolve('@tesseract.js-data/chi_sim/package.json'),
  osd: () => require.resolve('@tesseract.js-data/osd/package.json'),
};

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/**
 * tesseract.js reads every language from one folder: the packages keep one folder each, so a
 * folder of links to them is made once (in the OCR cache folder, or the system's temp folder).
 */
function languageFolder(root: string, languages: readonly string[], sub: string): string {
  const folder = join(root, `tessdata-${sub}`);
  mkdirSync(folder, { recursive: true });
  for (const lang of languages) {
    const target = join(folder, `${lang}.traineddata.gz`);
    if (existsSync(target)) continue;
    const resolve = LANGUAGE_PACKAGES[lang];
    if (!resolve) throw new Error(`no OCR language data for "${lang}"`);
    const source = join(dirname(resolve()), sub, `${lang}.traineddata.gz`);
    // A link left pointing nowhere (made by a copy of the app whose node_modules has gone) is replaced.
    rmSync(target, { force: true });
    try {
      symlinkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
  return folder;
}

export interface NodeOcrOptions {
  /** OCR time per document (ms). */
  budgetMs: number;
  /** Where results are cached (`check --ocr-cache`); none when absent. */
  cacheDir?: string;
  defaultLanguages?: string[];
  /**
   * The thread script tesseract.js runs in (out/cli/ocr-worker.js: tesseract-worker.ts, which
   * tells each answer's heap size); tesseract.js's own when absent (heaps then unknown: 0).
   */
  workerPath?: string;
  /** Told the engines' WebAssembly heaps in total (bytes) whenever that changes. */
  onHeap?: (bytes: number) => void;
  /** An engine whose heap has grown past this after a page is ended (its memory given back); the next page starts a fresh one. */
  maxHeapBytes?: number;
}

export interface NodeOcr extends OcrEngine {
  close(): Promise<void>;
}

type Answer = { data: { poeHeapBytes?: number } };

export function createNodeOcr(options: NodeOcrOptions): NodeOcr {
  const version = `tesseract.js ${packageVersion('tesseract.js')} core ${packageVersion('tesseract.js-core')} ${DATA_FOLDER}`;
  const root = options.cacheDir ?? join(tmpdir(), 'poe-reviewer-ocr');
  const workerPath = options.workerPath ? { workerPath: options.workerPath } : {};
  /** The LSTM engine, kept between pages and documents; switched to other languages in place. */
  let reader: { worker: Promise<TesseractWorker>; languages: string } | null = null;
  let osd: Promise<TesseractWorker> | null = null;
  const heap = { reader: 0, osd: 0 };
  let told = 0;
  const tell = () => {
    const total = heap.reader + heap.osd;
    if (total !== told) options.onHeap?.((told = total));
  };

  const start = (languages: string[]): Promise<TesseractWorker> => {
    const key = languages.join('+');
    if (reader?.languages === key) return reader.worker;
    const previous = reader?.worker;
    const langPath = languageFolder(root, languages, DATA_FOLDER);
    const worker = (async () => {
      // Other languages: the same engine loads them (a new engine costs a second and its own heap).
      const w = previous ? await previous.catch(() => null) : null;
      if (w) {
        await w.reinitialize(key, OEM.LSTM_ONLY);
        await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
        return w;
      }
      const fresh = await createWorker(languages, OEM.LSTM_ONLY, {
        langPath,
        cacheMethod: 'none',
        gzip: true,
        logger: () => undefined,
        ...workerPath,
      });
      await fresh.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
      return fresh;
    })();
    reader = { worker, languages: key };
    worker.catch(() => {
      if (reader?.worker === worker) {
        reader = null;
        heap.reader = 0;
        tell();
      }
    });
    return worker;
  };

  const startOsd = (): Promise<TesseractWorker> => {
    osd ??= (async () => {
      const langPath = languageFolder(root, ['osd'], '4.0.0');
      return createWorker('osd', OEM.TESSERACT_ONLY, {
        langPath,
        cacheMethod: 'none',
        gzip: true,
        legacyCore: true,
        legacyLang: true,
        logger: () => undefined,
        ...workerPath,
      });
    })();
    osd.catch(() => (osd = null));
    return osd;
  };

  const end = async (which: 'reader' | 'osd') => {
    const p = which === 'reader' ? reader?.worker : osd;
    if (which === 'reader') reader = null;
    else osd = null;
    heap[which] = 0;
    tell();
    await (await p?.catch(() => null))?.terminate().catch(() => undefined);
  };

  /** Notes an engine's heap after an answer; ends the engine when it has grown past the bound. */
  const measured = async (which: 'reader' | 'osd', answer: Answer) => {
    heap[which] = answer.data.poeHeapBytes ?? 0;
    tell();
    if (options.maxHeapBytes !== undefined && heap[which] > options.maxHeapBytes) await end(which);
  };

  const terminateAll = async () => {
    await Promise.all([end('reader'), end('osd')]);
  };

  return {
    version,
    defaultLanguages: options.defaultLanguages ?? ['eng'],
    budgetMs: options.budgetMs,
    ...(options.cacheDir ? { cache: new OcrFileCache(options.cacheDir) } : {}),
    async recognize(image: GreyImage, request: OcrRequest): Promise<OcrRecognition> {
      const languages = request.languages.filter((l) => l !== 'osd' && LANGUAGE_PACKAGES[l] !== undefined);
      const worker = await start(languages.length > 0 ? languages : ['eng']);
      const pgm = encodePgm(image);
      const result = await worker.recognize(
        Buffer.from(pgm.buffer, pgm.byteOffset, pgm.byteLength),
        // Straightened already (readers/ocr.ts) unless our skew estimate could not tell: then
        // rotateAuto, tesseract's own (a layout pass of its own to find the skew).
        { rotateAuto: request.rotateAuto === true, user_defined_dpi: String(Math.round(request.dpi)) } as never,
        { blocks: true, text: false },
      );
      await measured('reader', result as Answer);
      return recognition(result.data);
    },
    async detectOrientation(image: GreyImage) {
      const worker = await startOsd();
      const pgm = encodePgm(image);
      const result = await worker.detect(Buffer.from(pgm.buffer, pgm.byteOffset, pgm.byteLength));
      await measured('osd', result as Answer);
      const { data } = result;
      if (data.orientation_degrees === null || data.orientation_confidence === null) return null;
      return { degrees: data.orientation_degrees, confidence: data.orientation_confidence };
    },
    async decodeImage(bytes: Uint8Array): Promise<GreyImage> {
      const img = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      const canvas = createCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, img.width, img.height);
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      return greyFromRgba(data, img.width, img.height);
    },
    abort: () => void terminateAll(),
    close: terminateAll,
  };
}
