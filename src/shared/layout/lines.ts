import type { Box } from '../checks/types';
import type { Chunk, LayoutItem, LayoutLine } from './types';

/**
 * Lines and chunks. Positioned items are sorted by their own geometry (never by the order a
 * generator wrote them), grouped into lines by baseline, and split into chunks where the gap
 * between two items is wider than a word space: the column breaks tables are built from.
 * Linear after the sort.
 */

interface Placed {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  confidence?: number;
}

/** A gap wider than this many text heights is a column break, not a word space. */
const COLUMN_GAP = 0.9;
/** Inside one item, a tab or a run of three spaces is a column break too. */
const INNER_BREAK = /\t+| {3,}/;

/** Splits an item holding a column break into pieces with proportional positions. */
function splitItem(p: Placed, out: Placed[]): void {
  if (!INNER_BREAK.test(p.text)) {
    out.push(p);
    return;
  }
  const perChar = p.text.length > 0 ? p.width / p.text.length : 0;
  const re = new RegExp(INNER_BREAK.source, 'g');
  let from = 0;
  const pieces: [number, number][] = [];
  for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
  }
  pieces.push([from, p.text.length]);
  for (const [s, e] of pieces) {
    const text = p.text.slice(s, e);
    if (text.trim().length === 0) continue;
    out.push({ ...p, text, x: p.x + s * perChar, width: (e - s) * perChar });
  }
}

function compare(p: Placed, q: Placed): number {
  return q.y - p.y || p.x - q.x || (p.text < q.text ? -1 : p.text > q.text ? 1 : 0);
}

function boundsOf(list: readonly Placed[]): Box {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const p of list) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x + p.width);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y + p.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function minConfidence(list: readonly { confidence?: number }[]): number | undefined {
  let c: number | undefined;
  for (const p of list) if (p.confidence !== undefined) c = c === undefined ? p.confidence : Math.min(c, p.confidence);
  return c;
}

function chunksOf(line: Placed[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Placed[] = [];
  let end = -Infinity;
  const flush = () => {
    if (current.length === 0) return;
    let text = '';
    let prevEnd = -Infinity;
    for (const p of current) {
      const gap = p.x - prevEnd;
      if (text && !text.endsWith(' ') && !p.text.startsWith(' ') && gap > p.height * 0.15) text += ' ';
      text += p.text;
      prevEnd = p.x + p.width;
    }
    const chunk: Chunk = { text: text.replace(/\s+/g, ' ').trim(), x0: current[0]?.x ?? 0, x1: end };
    const c = minConfidence(current);
    if (c !== undefined) chunk.confidence = c;
    if (chunk.text) chunks.push(chunk);
    current = [];
  };
  for (const p of line) {
    if (current.length > 0 && p.x - end > Math.max(2, p.height * COLUMN_GAP)) flush();
    current.push(p);
    end = Math.max(end === -Infinity ? p.x + p.width : end, p.x + p.width);
  }
  flush();
  return chunks;
}

/** Lines from positioned items, top to bottom; items without a box are ignored. */
export function linesFromItems(items: readonly LayoutItem[]): LayoutLine[] {
  const placed: Placed[] = [];
  for (const it of items) {
    if (!it.box || it.text.trim().length === 0) continue;
    const { x, y, width, height } = it.box;
    if (![x, y, width, height].every(Number.isFinite)) continue;
    const p: Placed = { text: it.text, x, y, width: Math.abs(width), height: Math.abs(height) || 1 };
    if (it.confidence !== undefined) p.confidence = it.confidence;
    splitItem(p, placed);
  }
  placed.sort(compare);
  const groups: Placed[][] = [];
  let current: Placed[] = [];
  let lineY = Number.NaN;
  let lineH = 0;
  for (const p of placed) {
    // Tolerance from the line's smallest text: a check box glyph a little off the baseline still joins.
    if (current.length > 0 && Math.abs(p.y - lineY) <= Math.max(1, Math.min(lineH, p.height) * 0.5)) {
      current.push(p);
      lineH = Math.min(lineH, p.height);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [p];
    lineY = p.y;
    lineH = p.height;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((g, index) => {
    g.sort((p, q) => p.x - q.x || (p.text < q.text ? -1 : p.text > q.text ? 1 : 0));
    const chunks = chunksOf(g);
    const heights = g.map((p) => p.height).sort((a, b) => a - b);
    const line: LayoutLine = {
      index,
      text: chunks.map((c) => c.text).join(' '),
      chunks,
      y: g[0]?.y ?? 0,
      height: heights[Math.floor(heights.length / 2)] ?? 1,
      box: boundsOf(g),
    };
    const c = minConfidence(g);
    if (c !== undefined) line.confidence = c;
    return line;
  });
}

/**
 * Lines from plain text: one per text line; a tab is a column break that keeps blank cells
 * ("Endpoint\t\t☒"), and without tabs a run of two or more spaces is one. x is the cell ordinal,
 * y minus the text line number (a blank line between two lines shows as a gap).
 */
export function linesFromText(text: string): LayoutLine[] {
  const out: LayoutLine[] = [];
  const rawLines = text.split('\n');
  for (let n = 0; n < rawLines.length; n++) {
    const raw = rawLines[n] ?? '';
    const trimmed = raw.replace(/\s+$/, '');
    if (trimmed.trim().length === 0) continue;
    const pieces = trimmed.includes('\t') ? trimmed.split('\t') : trimmed.trim().split(/ {2,}/);
    const chunks: Chunk[] = [];
    pieces.forEach((piece, i) => {
      const t = piece.replace(/\s+/g, ' ').trim();
      if (t) chunks.push({ text: t, x0: i, x1: i + 1 });
    });
    if (chunks.length === 0) continue;
    const index = out.length;
    out.push({ index, text: chunks.map((c) => c.text).join('\t'), chunks, y: -n, height: 1 });
  }
  return out;
}
