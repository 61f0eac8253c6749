import type { Box } from '@shared/checks/types';
import type { DocumentPart, ExtractedDocument, TextItem } from '@shared/documents/types';

/**
 * Scans as the OCR readers leave them (readers/ocr.ts): words as items with boxes in points
 * (origin bottom-left, 14 pt lines) and a confidence each, the page's OCR state and the marks
 * (handwriting) found on it. A word written "word@0.3" gets confidence 0.3; the rest 0.95.
 */

export interface ScanLine {
  text: string;
  /** Ink drawn right of / under this line (a handwritten signature). */
  ink?: boolean;
}

const LINE = 14;
const TOP = 760;

export function ocrPart(lines: (string | ScanLine)[], where: { page?: number; part?: string } = { page: 1 }): DocumentPart {
  const items: TextItem[] = [];
  const marks: Box[] = [];
  const textLines: string[] = [];
  lines.forEach((raw, row) => {
    const line = typeof raw === 'string' ? { text: raw } : raw;
    const y = TOP - row * LINE * 1.6;
    let x = 72;
    const words: string[] = [];
    for (const token of line.text.split(' ').filter(Boolean)) {
      const [text = '', conf] = token.split('@');
      const width = text.length * 5;
      items.push({ text, box: { x, y, width, height: 10 }, confidence: conf === undefined ? 0.95 : Number(conf) });
      words.push(text);
      x += width + 4;
    }
    if (line.ink) marks.push({ x: 150, y: y - 22, width: 110, height: 18 });
    textLines.push(words.join(' '));
  });
  const confidences = items.map((i) => i.confidence ?? 0);
  const mean = confidences.length > 0 ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0;
  return {
    ...where,
    text: textLines.join('\n'),
    items,
    hasTextLayer: false,
    ocr: { state: 'done', meanConfidence: mean, words: items.length, languages: ['eng'], rotation: 0, width: 595, height: 842, marks },
  };
}

/** An image-only PDF whose pages OCR read. */
export function ocrScan(path: string, pages: (string | ScanLine)[][]): ExtractedDocument {
  const parts = pages.map((lines, i) => ocrPart(lines, { page: i + 1 }));
  return { path, kind: 'pdf', state: 'ok', parts, metadata: {}, signatures: [], attachments: [], pageCount: parts.length };
}
