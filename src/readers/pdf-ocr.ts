import type { PDFDocumentProxy } from 'pdfjs-dist';
import { LIMITS } from '@shared/limits';
import type { DocumentPart } from '@shared/documents/types';
import { greyFromRgba, type GreyImage } from '@shared/documents/ocr-image';
import type { ReaderContext } from './reader-context';
import { ocrCacheKey, ocrExclusive, ocrPage, ocrWithin, unreadPart, type OcrEngine } from './ocr';

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
        out.push(hit);
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
      if (page.ocr?.state === 'done') fresh[pageKey] = page;
      else if (page.ocr?.detail) notes.push(`page ${n}: OCR ${page.ocr.state}: ${page.ocr.detail}`);
      out.push(page);
    }
    if (key && engine.cache && Object.keys(fresh).length > 0)
      await engine.cache.put(key, { parts: { ...cached?.parts, ...fresh } }).catch(() => undefined);
    return out;
  });
}
