import type { TextItem as PdfjsTextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { DocumentPart, TextItem } from '@shared/documents/types';
import type { FormValueItem } from './pdf-form';

/**
 * Turns pdf.js text items into positioned items and page text in reading order. pdf.js gives
 * items in content-stream order, which generators often scramble (the Quartz invoice in the
 * corpus prints its address bottom-up); lines are rebuilt from positions instead: top to
 * bottom, then left to right. Multi-column pages read row by row, which keeps a label and its
 * value ("Invoice date: 3 May") together, which is what the checks look for.
 */

interface Placed {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A form field's value (pdf-form.ts): the field's name. */
  field?: string;
  /** pdf.js's reading direction of the run ("rtl": Arabic, Hebrew; its text is in logical order). */
  rtl?: boolean;
}

function isTextItem(item: PdfjsTextItem | TextMarkedContent): item is PdfjsTextItem {
  return 'str' in item;
}

function place(item: PdfjsTextItem): Placed {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
  // Font size from the text matrix; pdf.js's height is 0 for some fonts.
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  const placed: Placed = { text: item.str, x: e, y: f, width: Math.abs(item.width), height: Math.abs(item.height) || size };
  if (item.dir === 'rtl') placed.rtl = true;
  return placed;
}

function groupLines(items: Placed[]): Placed[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Placed[][] = [];
  let current: Placed[] = [];
  let lineY = Number.NaN;
  for (const it of sorted) {
    const tolerance = Math.max(1, it.height * 0.5);
    if (current.length > 0 && Math.abs(it.y - lineY) <= tolerance) {
      current.push(it);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [it];
    lineY = it.y;
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => {
    line.sort((p, q) => p.x - q.x);
    // A right-to-left line (its rightmost run is Arabic or Hebrew) is read from the right: the
    // label "الاسم:" at the right margin comes before the Latin name to its left, as it was written.
    return isRtlLine(line) ? line.reverse() : line;
  });
}

function isRtlLine(line: readonly Placed[]): boolean {
  const rightmost = line.reduce<Placed | undefined>((a, p) => (p.text.trim() && (!a || p.x + p.width > a.x + a.width) ? p : a), undefined);
  return rightmost?.rtl === true;
}

function joinLine(line: Placed[]): string {
  let out = '';
  const rtl = isRtlLine(line);
  let prevEdge = rtl ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  for (const it of line) {
    const gap = rtl ? prevEdge - (it.x + it.width) : it.x - prevEdge;
    if (out && !out.endsWith(' ') && !it.text.startsWith(' ') && gap > it.height * 0.15) out += ' ';
    out += it.text;
    prevEdge = rtl ? it.x : it.x + it.width;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The page's text: its text items, and the values of its form fields placed where they are
 * painted (`form`). Only the page's own text makes a text layer: a scan with typed fields on it
 * is still a scan.
 */
export function buildPageText(page: number, raw: (PdfjsTextItem | TextMarkedContent)[], form: readonly FormValueItem[] = []): DocumentPart {
  const placed = raw
    .filter(isTextItem)
    .map(place)
    .filter((p) => p.text.length > 0);
  const hasTextLayer = placed.some((p) => p.text.trim().length > 0);
  for (const f of form) placed.push({ text: f.text, x: f.x, y: f.y, width: f.width, height: f.height, field: f.field });
  const lines = groupLines(placed.filter((p) => p.text.trim().length > 0));
  const text = lines
    .map(joinLine)
    .filter((l) => l.length > 0)
    .join('\n');
  const items: TextItem[] = lines.flat().map((p) => {
    const item: TextItem = { text: p.text, box: { x: round(p.x), y: round(p.y), width: round(p.width), height: round(p.height) } };
    if (p.field !== undefined) item.formField = p.field;
    return item;
  });
  return { page, text, items, hasTextLayer };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
