import { LIMITS } from '@shared/limits';
import type { Box } from '@shared/checks/types';
import type { DocumentPart, OcrPageInfo, TextItem } from '@shared/documents/types';
import { cleanPage, findMarks, rotateGrey, scaleGrey, type CleanPage, type GreyImage, type PixelBox } from '@shared/documents/ocr-image';
import { estimateSkewOfRuns, rotateGreyBy, STRAIGHTEN_ABOVE_DEGREES, turnBox } from '@shared/documents/ocr-skew';
import { errorMessage } from './reader-context';

/**
 * OCR of scanned pages and images, the same on every platform: the platform gives an OCR engine
 * (ReaderEnv.ocr: tesseract.js in a worker thread for `check`, in a Web Worker in the app); this
 * module cleans the page image, asks the engine, straightens pages scanned sideways, finds the
 * marks that are not text (handwriting near a signature label), and turns the words into the
 * same positioned items a text layer gives, so the layout stage and the checks read scans like
 * any other page.
 */

/** One word the engine read, in pixels of the image it was given (origin top-left). */
export interface OcrWord {
  text: string;
  /** 0–1. */
  confidence: number;
  box: PixelBox;
  /** The word's line (words of one line share it; lines are in reading order). */
  line: number;
  /** Where the line's baseline is under this word (pixels from the top), when the engine knows. */
  baseline?: number;
}

export interface OcrRecognition {
  words: OcrWord[];
  /**
   * Degrees clockwise the page's lines fell, when the engine straightened it itself (rotateAuto):
   * the words' boxes are then in the page turned back by this about its centre.
   */
  skew?: number;
}

export interface OcrRequest {
  /** Tesseract language codes, most likely first ("deu", "eng"). */
  languages: string[];
  /** Resolution of the image in dots per inch (the engine sizes its expectations by it). */
  dpi: number;
  /**
   * The engine finds the page's skew and straightens it before reading (tesseract's rotateAuto: a
   * layout pass of its own), when ours could not tell it (ocr-skew.ts). Else the page is given straight.
   */
  rotateAuto?: boolean;
}

/** A document's OCR results kept by document hash, languages and engine version. */
export interface OcrCachedDocument {
  /** OCR'd parts by page key ("page:3", "image:1"). */
  parts: Record<string, DocumentPart>;
}

export interface OcrCache {
  get(key: string): Promise<OcrCachedDocument | undefined>;
  put(key: string, value: OcrCachedDocument): Promise<void>;
  /**
   * Runs one document's OCR (cache read, reading, cache write) alone among the readers sharing
   * this cache (the app: the open claim's engine and triage workers, by a Web Lock on the key),
   * so a scan two workers reach at once is read once and the second takes the first's result.
   */
  exclusive?<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** `work` alone for its key where the cache can say so (OcrCache.exclusive), else at once. */
export function ocrExclusive<T>(engine: OcrEngine, key: string | undefined, work: () => Promise<T>): Promise<T> {
  const cache = engine.cache;
  return key && cache?.exclusive ? cache.exclusive(key, work) : work();
}

/**
 * The OCR seam of the readers' environment (ReaderEnv.ocr). Node: src/cli/ocr (tesseract.js in
 * worker threads, language data from node_modules, a cache folder). Browser: a Web Worker of
 * tesseract.js with its core and language data served as local assets, IndexedDB as cache.
 */
export interface OcrEngine {
  /** Engine, data and preprocessing version: part of every cache key. */
  readonly version: string;
  /** Languages used when the caller names none. */
  readonly defaultLanguages: readonly string[];
  /** Time for one document's OCR (attachments included), ms. */
  readonly budgetMs: number;
  /** Reads a page image (already cleaned, upright, and straightened unless `rotateAuto`). Rejects when the engine fails. */
  recognize(image: GreyImage, request: OcrRequest): Promise<OcrRecognition>;
  /**
   * Degrees to turn the page clockwise so its text is upright (0, 90, 180, 270), with the
   * engine's confidence (tesseract OSD: above ~2 is a clear answer); null when it cannot tell.
   */
  detectOrientation?(image: GreyImage): Promise<{ degrees: number; confidence: number } | null>;
  /** Decodes png, jpeg, gif and webp files to grey pixels (the platform's codecs). */
  decodeImage(bytes: Uint8Array, format: string): Promise<GreyImage>;
  /** A pdf.js CanvasFactory class for rendering pages where pdf.js's default does not work (a Web Worker: OffscreenCanvas). */
  readonly pdfCanvasFactory?: unknown;
  readonly cache?: OcrCache;
  /** Stops the engine's current work (a page past the time budget); the next call starts afresh. */
  abort?(): void;
}

/** What the readers are asked to do about OCR for one document. */
export interface OcrOptions {
  /** Tesseract language codes, most likely first; default: the engine's defaults. */
  languages?: string[];
}

/** The OCR time shared by a top-level document and its attachments. */
export interface OcrBudget {
  /** Epoch ms by which OCR must be done; set when the first page is read. */
  until?: number;
  readonly ms: number;
}

/** Preprocessing version: bumps the cache key when the cleaning or mapping changes. */
export const OCR_PREP_VERSION = 'prep-5';

/** Below this text height (pixels) the page is scaled up before reading: tesseract reads best at 20–40 px. */
const SMALL_TEXT_PX = 20;
/**
 * Small letters taller than this (pixels) are more than the engine needs: the page is read scaled
 * down so they are READ_LETTER_PX tall (a 300 dpi scan of 11 pt text is read at about 200 dpi;
 * layout analysis costs by the pixel, and tesseract reads letters of this height as well). Fine
 * print keeps the page at its resolution: the height measured is that of the page's smaller letters.
 */
const LARGE_LETTER_PX = 20;
const READ_LETTER_PX = 16;
/** A page whose words average below this confidence is tried turned (OSD). */
const TRY_ORIENTATION_BELOW = 0.7;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Most words of four letters or more standing on end: the page was read sideways. */
function isSideways(words: readonly OcrWord[]): boolean {
  const long = words.filter((w) => w.text.trim().length >= 4);
  if (long.length < 5) return false;
  const standing = long.filter((w) => w.box.y1 - w.box.y0 > (w.box.x1 - w.box.x0) * 1.2).length;
  return standing / long.length > 0.6;
}

/** How much a reading is worth: words times their mean confidence. */
function score(words: readonly OcrWord[]): number {
  return words.length * meanConfidence(words);
}

function meanConfidence(words: readonly OcrWord[]): number {
  if (words.length === 0) return 0;
  return words.reduce((n, w) => n + w.confidence, 0) / words.length;
}

/** How the upright image maps to the part's units: points, origin bottom-left. */
export interface PageFrame {
  /** Points per pixel of the image as read (72 / dpi). */
  pointsPerPixel: number;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Words to a part: text line by line, items with boxes in points (origin bottom-left) and confidence. */
export function partFromWords(
  words: readonly OcrWord[],
  image: { width: number; height: number },
  frame: PageFrame,
  where: { page?: number; part?: string },
  info: OcrPageInfo,
): DocumentPart {
  const k = frame.pointsPerPixel;
  const heightPt = image.height * k;
  const items: TextItem[] = [];
  const lines: string[] = [];
  let current = -1;
  let line: string[] = [];
  for (const w of words) {
    const text = w.text.trim();
    if (!text) continue;
    if (w.line !== current) {
      if (line.length > 0) lines.push(line.join(' '));
      line = [];
      current = w.line;
    }
    line.push(text);
    const base = w.baseline ?? w.box.y1;
    const box: Box = {
      x: round(w.box.x0 * k),
      y: round(heightPt - base * k),
      width: round((w.box.x1 - w.box.x0) * k),
      height: round(Math.max(1, base - w.box.y0) * k),
    };
    items.push({ text, box, confidence: Math.round(w.confidence * 1000) / 1000 });
  }
  if (line.length > 0) lines.push(line.join(' '));
  const part: DocumentPart = { text: lines.join('\n'), items, hasTextLayer: false, ocr: info };
  if (where.page !== undefined) part.page = where.page;
  if (where.part !== undefined) part.part = where.part;
  return part;
}

/** A part for a page OCR did not read (failed, skipped): still image-only, saying why. */
export function unreadPart(where: { page?: number; part?: string }, state: 'failed' | 'skipped', detail: string): DocumentPart {
  const part: DocumentPart = { text: '', items: [], hasTextLayer: false, ocr: { state, detail } };
  if (where.page !== undefined) part.page = where.page;
  if (where.part !== undefined) part.part = where.part;
  return part;
}

/** A cleaned page and its skew (degrees clockwise; 0 when read as it is; null when ours cannot tell it: the engine finds it). */
interface ReadyPage extends CleanPage {
  skew: number | null;
}

/**
 * A page cleaned and its skew measured on the ink of its letters (ocr-skew.ts): the engine is
 * given the page turned back by its skew (recognizeScaled). When no angle stands out (too few
 * lines of text), the engine straightens the page itself (rotateAuto).
 */
function readyPage(grey: GreyImage): ReadyPage {
  const clean = cleanPage(grey);
  const skew = estimateSkewOfRuns(clean.letterRuns, grey.width, grey.height);
  return { ...clean, skew: skew === null ? null : Math.abs(skew) < STRAIGHTEN_ABOVE_DEGREES ? 0 : skew };
}

/**
 * Reads one page image: cleaned, straightened when skewed, scaled up when its text is small, read,
 * turned upright when the words make no sense and the engine's orientation detection says so,
 * marks found. Word boxes are in the page straightened (lines level, as the document model
 * reads them): the page as scanned turned back by its skew about its centre; the skew is in the
 * page's OcrPageInfo, by which the viewer puts them back on the ink as shown.
 */
export async function ocrPage(
  engine: OcrEngine,
  grey: GreyImage,
  dpi: number,
  languages: string[],
  where: { page?: number; part?: string },
): Promise<DocumentPart> {
  let upright = grey;
  let rotation = 0;
  let clean = readyPage(upright);
  let read = await recognizeScaled(engine, clean, dpi, languages);
  // A page fed in sideways: tesseract still reads its lines, top to bottom, but every word box
  // stands on end and the layout is lost. A page upside down reads as nonsense. Both are turned.
  const turns: number[] = [];
  if (isSideways(read.words)) {
    const osd = await engine.detectOrientation?.(clean.image).catch(() => null);
    turns.push(...(osd && (osd.degrees === 90 || osd.degrees === 270) && osd.confidence >= 1.5 ? [osd.degrees] : [90, 270]));
  } else if (engine.detectOrientation && (read.words.length < 8 || meanConfidence(read.words) < TRY_ORIENTATION_BELOW)) {
    const osd = await engine.detectOrientation(clean.image).catch(() => null);
    if (osd && osd.degrees % 360 !== 0 && osd.confidence >= 1.5) turns.push(osd.degrees);
  }
  let best = isSideways(read.words) ? -1 : score(read.words);
  for (const degrees of turns) {
    const turned = rotateGrey(grey, degrees);
    const turnedClean = readyPage(turned);
    const again = await recognizeScaled(engine, turnedClean, dpi, languages);
    if (score(again.words) > best && !isSideways(again.words)) {
      best = score(again.words);
      upright = turned;
      rotation = ((degrees % 360) + 360) % 360;
      clean = turnedClean;
      read = again;
    }
  }
  const factor = read.factor;
  // Word boxes back to the pixels of the upright page (before any scaling up).
  const words = read.words.map((w) => ({
    ...w,
    box: { x0: w.box.x0 / factor, y0: w.box.y0 / factor, x1: w.box.x1 / factor, y1: w.box.y1 / factor },
    ...(w.baseline !== undefined ? { baseline: w.baseline / factor } : {}),
  }));
  const skew = read.skew;
  const confident = words.filter((w) => w.confidence >= 0.6);
  const textHeight = median(confident.map((w) => (w.baseline ?? w.box.y1) - w.box.y0));
  // Marks are looked for in the ink as scanned (the words' boxes turned onto it), and given in the straightened frame, as the words.
  const marks = findMarks(
    clean.inkRuns,
    upright.width,
    upright.height,
    confident.map((w) => {
      const b = turnBox(w.box, skew, upright.width, upright.height);
      return { x0: Math.floor(b.x0), y0: Math.floor(b.y0), x1: Math.ceil(b.x1), y1: Math.ceil(b.y1) };
    }),
    textHeight || dpi / 8,
  ).map((m) => turnBox(m, -skew, upright.width, upright.height));
  const k = 72 / dpi;
  const heightPt = upright.height * k;
  const info: OcrPageInfo = {
    state: 'done',
    meanConfidence: Math.round(meanConfidence(words) * 1000) / 1000,
    words: words.length,
    languages,
    rotation,
    ...(skew !== 0 ? { skew: round(skew) } : {}),
    width: round(upright.width * k),
    height: round(heightPt),
    marks: marks.map((m) => ({
      x: round(m.x0 * k),
      y: round(heightPt - m.y1 * k),
      width: round((m.x1 - m.x0) * k),
      height: round((m.y1 - m.y0) * k),
    })),
    engine: engine.version,
  };
  return partFromWords(words, upright, { pointsPerPixel: k }, where, info);
}

/** How much a cleaned page is scaled before reading: up when its resolution is low, down when its letters are large. */
function readingScale(page: CleanPage, dpi: number): number {
  const { image, letterHeight } = page;
  // Text height estimated from the resolution: 10 pt text is dpi / 7.2 pixels tall.
  if (dpi / 7.2 < SMALL_TEXT_PX) return image.width * image.height * 4 <= LIMITS.ocrPagePixels ? 2 : 1;
  if (letterHeight !== undefined && letterHeight > LARGE_LETTER_PX) return READ_LETTER_PX / letterHeight;
  return 1;
}

async function recognizeScaled(
  engine: OcrEngine,
  page: ReadyPage,
  dpi: number,
  languages: string[],
): Promise<OcrRecognition & { factor: number; skew: number }> {
  const factor = readingScale(page, dpi);
  if (page.skew === null) {
    // Ours could not tell the skew: the engine finds it (rotateAuto) and says what it found.
    const read = await engine.recognize(scaleGrey(page.image, factor), { languages, dpi: dpi * factor, rotateAuto: true });
    return { ...read, factor, skew: read.skew ?? 0 };
  }
  // Straightened and scaled in one resampling.
  const input = page.skew === 0 ? scaleGrey(page.image, factor) : rotateGreyBy(page.image, -page.skew, factor);
  const read = await engine.recognize(input, { languages, dpi: dpi * factor });
  return { ...read, factor, skew: page.skew };
}

/** The OCR budget left, or a reason to skip. */
export function ocrTimeLeft(budget: OcrBudget): number {
  budget.until ??= Date.now() + budget.ms;
  return budget.until - Date.now();
}

/** "done" for a page read; a failed or skipped part with the reason otherwise. */
export async function ocrWithin(
  engine: OcrEngine,
  budget: OcrBudget,
  where: { page?: number; part?: string },
  work: () => Promise<DocumentPart>,
): Promise<DocumentPart> {
  const left = ocrTimeLeft(budget);
  if (left <= 0) return unreadPart(where, 'skipped', `the OCR time budget of ${Math.round(budget.ms / 1000)} s was used up`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          engine.abort?.();
          reject(new Error(`the OCR time budget of ${Math.round(budget.ms / 1000)} s was used up`));
        }, left);
      }),
    ]);
  } catch (err) {
    return unreadPart(where, 'failed', `OCR failed: ${errorMessage(err)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The cache key of a document's OCR: its hash, the languages and the engine version. */
export function ocrCacheKey(sha256: string, languages: readonly string[], engine: OcrEngine): string {
  return `${sha256}.${languages.join('+')}.${engine.version}.${OCR_PREP_VERSION}`;
}

/**
 * An OCR'd page with a fillable form's values on it (a scan with typed AcroForm fields): the
 * values join the page's words, each on the line it stands on (beside its label) or on a line
 * of its own, so the checks read both. `formItems` are the values (TextItem.formField) with their
 * boxes already in the OCR part's frame. What OCR read inside a value's box is the value as the
 * widget painted it: the value replaces it (typed text, exact, rather than OCR's guess of it).
 */
export function withFormValues(part: DocumentPart, formItems: readonly TextItem[]): DocumentPart {
  const values = formItems.filter((f) => f.box && f.text.trim().length > 0);
  if (values.length === 0) return part;
  const inside = (item: TextItem) => {
    const b = item.box;
    if (!b) return false;
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    return values.some((f) => {
      const v = f.box as Box;
      return cx >= v.x - 1 && cx <= v.x + v.width + 1 && cy >= v.y - 1 && cy <= v.y + v.height + 1;
    });
  };
  // The part's lines of words, as its text has them.
  const lines: TextItem[][] = [];
  let cursor = 0;
  for (const item of part.items ?? []) {
    if (item.text.length === 0) continue;
    const at = part.text.indexOf(item.text, cursor);
    if (at === -1) continue;
    const newLine = lines.length === 0 || part.text.slice(cursor, at).includes('\n');
    cursor = at + item.text.length;
    if (newLine) lines.push([]);
    if (!inside(item)) lines[lines.length - 1]?.push(item);
  }
  const kept = lines.filter((l) => l.length > 0);
  const band = (l: readonly TextItem[]) => {
    const boxes = l.map((i) => i.box).filter((b): b is Box => b !== undefined);
    return boxes.length === 0 ? null : { y0: Math.min(...boxes.map((b) => b.y)), y1: Math.max(...boxes.map((b) => b.y + b.height)) };
  };
  for (const value of [...values].sort((a, b) => (b.box as Box).y - (a.box as Box).y || (a.box as Box).x - (b.box as Box).x)) {
    const v = value.box as Box;
    // The line it stands on: the most overlap, at least half the lower of the two heights.
    let best: TextItem[] | null = null;
    let bestOverlap = 0;
    for (const line of kept) {
      const b = band(line);
      if (!b) continue;
      const overlap = Math.min(b.y1, v.y + v.height) - Math.max(b.y0, v.y);
      if (overlap >= Math.min(b.y1 - b.y0, v.height) * 0.5 && overlap > bestOverlap) {
        best = line;
        bestOverlap = overlap;
      }
    }
    if (best) {
      const at = best.findIndex((i) => (i.box?.x ?? 0) > v.x);
      best.splice(at === -1 ? best.length : at, 0, value);
      continue;
    }
    // A line of its own, after the last line above it (origin bottom-left: above is a larger y).
    const centre = v.y + v.height / 2;
    let after = -1;
    kept.forEach((line, i) => {
      const b = band(line);
      if (b && (b.y0 + b.y1) / 2 > centre) after = i;
    });
    kept.splice(after + 1, 0, [value]);
  }
  const items = kept.flat();
  const words = items.filter((i) => i.formField === undefined).length;
  return {
    ...part,
    text: kept.map((l) => l.map((i) => i.text).join(' ')).join('\n'),
    items,
    ...(part.ocr ? { ocr: { ...part.ocr, words } } : {}),
  };
}
