import type { PDFDocumentProxy } from 'pdfjs-dist';
import { LIMITS } from '@shared/limits';
import type { DocumentPart, TextItem } from '@shared/documents/types';
import { pageBoxToOcr } from '@shared/documents/ocr-skew';
import { greyFromRgba, type GreyImage } from '@shared/documents/ocr-image';
import type { ReaderContext } from './reader-context';
import { ocrCacheKey, ocrExclusive, ocrPage, ocrWithin, unreadPart, withFormValues, type OcrEngine } from './ocr';

/**
 * OCR of a PDF's scanned pages: only pages without a text layer are rendered (text PDFs never
 * pay for it), at 300 dpi or less (LIMITS.ocrPagePixels), each within the document's OCR
 * budget; results are cached by the document's hash.
 */

/** Resolution scanned pages are rendered at for OCR. */
const RENDER_DPI = 300;

interface CanvasEntry {
  canvas: unknown;
  context: {
    fillStyle: unknown;
    fillRect(x: number, y: number, w: number, h: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}
interface CanvasFactory {
  create(width: number, height: number): CanvasEntry;
  destroy(entry: CanvasEntry): void;
}

async function renderPage(doc: PDFDocumentProxy, n: number): Promise<{ grey: GreyImage; dpi: number }> {
  const page = await doc.getPage(n);
  try {
    const unit = page.getViewport({ scale: 1 });
    let scale = RENDER_DPI / 72;
    const pixels = unit.width * unit.height * scale * scale;
    if (pixels > LIMITS.ocrPagePixels) scale = Math.sqrt(LIMITS.ocrPagePixels / (unit.width * unit.height));
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.floor(viewport.width));
    const height = Math.max(1, Math.floor(viewport.height));
    const factory = doc.canvasFactory as CanvasFactory;
    const entry = factory.create(width, height);
    try {
      entry.context.fillStyle = '#ffffff';
      entry.context.fillRect(0, 0, width, height);
      await page.render({ canvasContext: entry.context as never, canvas: entry.canvas as never, viewport }).promise;
      const rgba = entry.context.getImageData(0, 0, width, height).data;
      return { grey: greyFromRgba(rgba, width, height), dpi: scale * 72 };
    } finally {
      factory.destroy(entry);
    }
  } finally {
    page.cleanup();
  }
}

/**
 * A scanned page's fillable-form values (pdf-form.ts: boxes in PDF user space) in its OCR part's
 * frame: onto the page as pdf.js paints it (its /Rotate, its box's origin), then upright and
 * straightened as OCR read it (pageBoxToOcr), and joined to its words (withFormValues).
 */
async function joinFormValues(doc: PDFDocumentProxy, read: DocumentPart, scanned: DocumentPart): Promise<DocumentPart> {
  const values = (scanned.items ?? []).filter((i) => i.formField !== undefined && i.box);
  if (values.length === 0 || read.ocr?.state !== 'done') return read;
  const page = await doc.getPage(read.page ?? 1);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const placed: TextItem[] = [];
    for (const item of values) {
      const b = item.box as NonNullable<TextItem['box']>;
      const [ax = 0, ay = 0] = viewport.convertToViewportPoint(b.x, b.y) as number[];
      const [bx = 0, by = 0] = viewport.convertToViewportPoint(b.x + b.width, b.y + b.height) as number[];
      // Shown page, origin bottom-left.
      const shown = { x: Math.min(ax, bx), y: viewport.height - Math.max(ay, by), width: Math.abs(bx - ax), height: Math.abs(by - ay) };
      const box = pageBoxToOcr(shown, read.ocr);
      if (box) placed.push({ ...item, box });
    }
    return withFormValues(read, placed);
  } finally {
    page.cleanup();
  }
}

export async function ocrScannedPages(
  doc: PDFDocumentProxy,
  parts: DocumentPart[],
  engine: OcrEngine,
  ctx: ReaderContext,
  notes: string[],
): Promise<DocumentPart[]> {
  const languages = ctx.ocrLanguages;
  const key = ctx.sha256 ? ocrCacheKey(ctx.sha256, languages, engine) : undefined;
  return ocrExclusive(engine, key, async () => {
    const cached = key ? await engine.cache?.get(key).catch(() => undefined) : undefined;
    const fresh: Record<string, DocumentPart> = {};
    const out: DocumentPart[] = [];
    let read = 0;
    for (const part of parts) {
      const n = part.page;
      if (part.hasTextLayer || n === undefined) {
        out.push(part);
        continue;
      }
      const pageKey = `page:${n}`;
      const hit = cached?.parts[pageKey];
      if (hit) {
        out.push(await joinFormValues(doc, hit, part));
        continue;
      }
      const where = { page: n };
      if (++read > LIMITS.ocrPages) {
        out.push(unreadPart(where, 'skipped', `only the first ${LIMITS.ocrPages} scanned pages are read by OCR`));
        continue;
      }
      const page = await ocrWithin(engine, ctx.ocrBudget, where, async () => {
        const { grey, dpi } = await renderPage(doc, n);
        return ocrPage(engine, grey, dpi, languages, where);
      });
      // The cache keeps what OCR read; the form's values are the file's own, joined on every read.
      if (page.ocr?.state === 'done') fresh[pageKey] = page;
      else if (page.ocr?.detail) notes.push(`page ${n}: OCR ${page.ocr.state}: ${page.ocr.detail}`);
      out.push(page.ocr?.state === 'done' ? await joinFormValues(doc, page, part) : page);
    }
    if (key && engine.cache && Object.keys(fresh).length > 0)
      await engine.cache.put(key, { parts: { ...cached?.parts, ...fresh } }).catch(() => undefined);
    return out;
  });
}
