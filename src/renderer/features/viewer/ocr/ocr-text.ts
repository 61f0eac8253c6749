import type { TextContent, TextItem as PdfTextItem } from 'pdfjs-dist/types/src/display/api';
import type { DocumentPart, TextItem } from '@shared/documents/types';
import { indexPageText } from '../pdf/pdf-search';
import type { PageText } from '../pdf/page-text-cache';

/**
 * A scanned page's OCR words (readers/ocr.ts: items with boxes in points, origin bottom-left,
 * baseline at the box's bottom) as pdf.js text content, so the viewer's text layer, search and
 * highlights treat a scan as they treat a text page: each word a span over its pixels, a space
 * between the words of a line, the line's last word ending it.
 */

/** The font name of OCR text in the styles of the content. */
const OCR_FONT = 'poe-ocr';
/** Part of a font's height above its baseline (sans-serif): a word's box top is that far up. */
const ASCENT = 0.8;

/** The page's words split into its lines, by the part's text (one line per text line, words joined by spaces). */
function linesOf(part: DocumentPart): TextItem[][] {
  const items = (part.items ?? []).filter((i) => i.box && i.text.trim());
  const counts = part.text.split('\n').map((line) => line.split(' ').filter(Boolean).length);
  if (counts.reduce((a, b) => a + b, 0) !== items.length) {
    // Text and items disagree: start a line where a word starts left of the one before.
    const lines: TextItem[][] = [];
    for (const item of items) {
      const last = lines.at(-1)?.at(-1);
      if (!last?.box || !item.box || item.box.x < last.box.x) lines.push([item]);
      else lines.at(-1)?.push(item);
    }
    return lines;
  }
  const lines: TextItem[][] = [];
  let at = 0;
  for (const n of counts) {
    if (n > 0) lines.push(items.slice(at, at + n));
    at += n;
  }
  return lines;
}

function item(str: string, x: number, baseline: number, width: number, size: number, hasEOL: boolean): PdfTextItem {
  return { str, dir: 'ltr', transform: [size, 0, 0, size, x, baseline], width, height: size, fontName: OCR_FONT, hasEOL };
}

export function ocrTextContent(part: DocumentPart): TextContent {
  const items: PdfTextItem[] = [];
  for (const line of linesOf(part)) {
    line.forEach((word, i) => {
      const box = word.box;
      if (!box) return;
      const size = Math.max(1, box.height / ASCENT);
      const isLast = i === line.length - 1;
      items.push(item(word.text, box.x, box.y, box.width, size, isLast));
      const next = line[i + 1]?.box;
      if (!isLast && next) {
        const end = box.x + box.width;
        items.push(item(' ', end, box.y, Math.max(0.1, next.x - end), size, false));
      }
    });
  }
  return {
    items,
    styles: { [OCR_FONT]: { fontFamily: 'sans-serif', ascent: ASCENT, descent: ASCENT - 1, vertical: false } },
    lang: null,
  };
}

/** A scan's page text for the text layer, search and evidence: its OCR words, or none yet. */
export function ocrPageText(part: DocumentPart | undefined): PageText {
  if (part?.ocr?.state !== 'done') return { content: { items: [], styles: {}, lang: null }, index: indexPageText([]), isUnreadScan: true };
  const content = ocrTextContent(part);
  return { content, index: indexPageText(content.items.filter((i) => 'str' in i)), ocr: part, isUnreadScan: false };
}

/** Words laid out per task: a page of many words is laid out a chunk at a time, leaving the main thread free between. */
const WORDS_PER_TASK = 400;

/**
 * The content as a stream pdf.js's TextLayer reads chunk by chunk, each chunk in a task of its
 * own (a scan's words are all given at once; a page of thousands would lay out in one long task).
 */
export function chunkedContent(content: TextContent, size = WORDS_PER_TASK): ReadableStream<TextContent> {
  let at = 0;
  return new ReadableStream<TextContent>({
    async pull(controller) {
      if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      controller.enqueue({ ...content, items: content.items.slice(at, at + size) });
      at += size;
      if (at >= content.items.length) controller.close();
    },
  });
}

/** "Scanned page: text by OCR (confidence 87%)": the page's mean word confidence. */
export function ocrNote(part: DocumentPart): string {
  const confidence = Math.round((part.ocr?.meanConfidence ?? 0) * 100);
  return `Scanned page: text by OCR (confidence ${confidence}%)`;
}

/** Letters and digits only, lower case: OCR splits and spaces ("2 / 10 / 2026") compare equal to the quote's. */
function squeeze(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words of the page that are not the quote's, skipped inside it (a signature stroke read as letters). */
const MAX_SKIPPED = 2;

/**
 * The text-layer items (by index) of the OCR words that spell `quote`, in reading order: the
 * evidence marked word by word on a scan. The quote as the engine cites it may join lines and
 * repair tokens; its letters and digits must still come from consecutive words, up to a stray
 * word or two between them (ink read as letters). Empty when the quote is not on the page.
 */
export function quoteWordItems(items: readonly string[], quote: string): number[] {
  const target = squeeze(quote);
  if (!target) return [];
  const words = items.flatMap((str, i) => {
    const t = squeeze(str);
    return t ? [{ i, t }] : [];
  });
  let best: number[] = [];
  let bestChars = 0;
  for (let s = 0; s < words.length; s++) {
    if (!target.startsWith(words[s]?.t ?? '\u0000')) continue;
    const got: number[] = [];
    let at = 0;
    let skipped = 0;
    for (let k = s; k < words.length && at < target.length; k++) {
      const w = words[k];
      if (!w) break;
      if (target.startsWith(w.t, at)) {
        got.push(w.i);
        at += w.t.length;
        skipped = 0;
      } else if (++skipped > MAX_SKIPPED) break;
    }
    if (at > bestChars) {
      best = got;
      bestChars = at;
    }
    if (at >= target.length) break;
  }
  // A stray match of a word or two is not the quote: at least half of it must be found.
  if (bestChars < target.length / 2) return [];
  // Punctuation read as words of its own ("2 / 10 / 2026") between the quote's words is part of it.
  const out: number[] = [];
  for (const [n, i] of best.entries()) {
    const prev = best[n - 1];
    if (prev !== undefined) for (let j = prev + 1; j < i; j++) if ((items[j] ?? '').trim() && !squeeze(items[j] ?? '')) out.push(j);
    out.push(i);
  }
  return out;
}
