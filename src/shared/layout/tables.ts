import type { Box } from '../checks/types';
import type { LayoutLine, LayoutTable, TableRow } from './types';

/**
 * Tables from lines. A table is a run of nearby lines with two or more chunks (and the
 * single-chunk lines between them: wrapped cells). Columns come from where chunks start
 * (positions clustered for positioned text, the tab ordinal for plain text); rows from the
 * vertical rhythm: when a region has two line spacings, the tight one is a cell wrapping
 * inside its row and the loose one a new row; with one spacing a line joins the row above only
 * when it reads as that row's continuation (fewer cells, and a dangling word above or a lower
 * case start). Everything is decided from geometry and text, so the order items came in
 * does not matter.
 */

export type TableMode = 'geometry' | 'text';

/** Lines farther apart than this many text heights do not belong to one table. */
const MAX_ROW_GAP = 2.8;
const CONNECTOR_END = /(?:\b(?:for|of|and|to|with|the|de|des|du|la|le|und|für|fur|für|y|e|et|del|van|voor|per|&)|[-–/,&(+])$/iu;
const LOWER_START = /^[\p{Ll}(]/u;

function median(values: number[]): number {
  if (values.length === 0) return 1;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 1;
}

function tooFar(prev: LayoutLine, line: LayoutLine, mode: TableMode): boolean {
  const d = prev.y - line.y;
  return mode === 'text' ? d > 1 : d > MAX_ROW_GAP * Math.max(prev.height, line.height);
}

/** Runs of lines that form tables: [first, last] index pairs (inclusive), at least two multi-chunk lines each. */
function regions(lines: readonly LayoutLine[], mode: TableMode): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if ((lines[i]?.chunks.length ?? 0) < 2) {
      i++;
      continue;
    }
    let last = i;
    let multi = 1;
    for (let j = i + 1; j < lines.length; j++) {
      const prev = lines[j - 1];
      const line = lines[j];
      if (!prev || !line || tooFar(prev, line, mode)) break;
      if (line.chunks.length >= 2) {
        last = j;
        multi++;
      } else if (j - last > 3) break;
    }
    // A trailing wrapped line of the last row: tight below it, and reads as a continuation.
    const multiEnd = last;
    for (let k = 0; k < 4; k++) {
      const after = lines[last + 1];
      const lastLine = lines[last];
      if (!after || !lastLine || after.chunks.length !== 1 || tooFar(lastLine, after, mode)) break;
      if (!(continuesText(lastLine, after) || tightAfter(lines, i, multiEnd, last, mode))) break;
      last += 1;
    }
    if (multi >= 2) out.push([i, last]);
    i = last + 1;
  }
  return out;
}

/** The line below the region is as close as the region's wraps, closer than its rows: the last row wraps. */
function tightAfter(lines: readonly LayoutLine[], first: number, multiEnd: number, last: number, mode: TableMode): boolean {
  const lastLine = lines[last];
  const after = lines[last + 1];
  if (mode === 'text' || !lastLine || !after) return false;
  const gap = lastLine.y - after.y;
  const gaps: number[] = [];
  for (let k = first + 1; k <= multiEnd; k++) gaps.push((lines[k - 1]?.y ?? 0) - (lines[k]?.y ?? 0));
  if (gaps.length === 0 || gap > Math.min(...gaps) * 1.1) return false;
  if (gaps.some((g) => g >= gap * 1.4)) return true;
  // One spacing throughout: a line at the table's rhythm that starts where the table's first column starts.
  const x = after.chunks[0]?.x0 ?? -Infinity;
  return Math.abs(x - (lines[first]?.chunks[0]?.x0 ?? Infinity)) <= Math.max(3, after.height * 0.5);
}

function continuesText(prev: LayoutLine, line: LayoutLine): boolean {
  const first = line.chunks[0]?.text ?? '';
  const above =
    prev.chunks.find((c) => Math.abs(c.x0 - (line.chunks[0]?.x0 ?? 0)) <= Math.max(3, prev.height))?.text ?? prev.chunks[0]?.text ?? '';
  return LOWER_START.test(first) || CONNECTOR_END.test(above.trim());
}

/** Column starts: chunk starts clustered (positions) or the ordinals (plain text). */
function columnStarts(lines: readonly LayoutLine[], mode: TableMode): { starts: number[]; tol: number } {
  if (mode === 'text') {
    const max = Math.max(...lines.flatMap((l) => l.chunks.map((c) => c.x0)));
    return { starts: Array.from({ length: max + 1 }, (_, i) => i), tol: 0 };
  }
  const tol = Math.max(3, 0.8 * median(lines.map((l) => l.height)));
  const xs = lines
    .filter((l) => l.chunks.length >= 2)
    .flatMap((l) => l.chunks.map((c) => c.x0))
    .sort((a, b) => a - b);
  const starts: number[] = [];
  let prev = -Infinity;
  for (const x of xs) {
    if (x - prev > tol) starts.push(x);
    prev = x;
  }
  return { starts, tol };
}

function columnOf(x: number, starts: readonly number[], tol: number): number {
  let col = 0;
  for (let c = 0; c < starts.length; c++) if ((starts[c] ?? Infinity) <= x + tol) col = c;
  return col;
}

interface Placed {
  line: LayoutLine;
  cells: string[];
}

function place(line: LayoutLine, starts: readonly number[], tol: number): Placed {
  const cells = starts.map(() => '');
  for (const chunk of line.chunks) {
    const c = columnOf(chunk.x0, starts, tol);
    cells[c] = cells[c] ? `${cells[c]} ${chunk.text}` : chunk.text;
  }
  return { line, cells };
}

const filled = (cells: readonly string[]) => cells.reduce((n, c) => n + (c ? 1 : 0), 0);

/** Whether a line's vertical distance to the line above marks a wrap inside the row (two spacings seen). */
function tightJoins(placed: readonly Placed[]): boolean[] | null {
  const d = placed.map((p, i) => (i === 0 ? Infinity : (placed[i - 1]?.line.y ?? 0) - p.line.y));
  const gaps = d.slice(1);
  if (gaps.length < 2) return null;
  const minD = Math.min(...gaps);
  const tight = gaps.filter((g) => g <= minD * 1.25).length;
  const loose = gaps.filter((g) => g >= minD * 1.4).length;
  if (loose === 0 || tight > 3 * loose + 1) return null;
  return d.map((g) => g <= minD * 1.25);
}

/** One spacing: a line continues the row above when it fills fewer cells, only where the row has text, and reads as a continuation. */
function continues(row: Placed, p: Placed): boolean {
  if (filled(p.cells) >= filled(row.cells)) return false;
  for (let c = 0; c < p.cells.length; c++) {
    const text = p.cells[c];
    if (!text) continue;
    const above = row.cells[c] ?? '';
    if (!above) return false;
    if (!(LOWER_START.test(text) || CONNECTOR_END.test(above.trim()))) return false;
  }
  return true;
}

function union(a: Box | undefined, b: Box | undefined): Box | undefined {
  if (!a) return b;
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

function buildRows(placed: readonly Placed[], mode: TableMode): TableRow[] {
  const joins = mode === 'geometry' ? tightJoins(placed) : null;
  const rows: { cells: string[]; lines: number[]; box?: Box }[] = [];
  placed.forEach((p, i) => {
    const row = rows[rows.length - 1];
    const join = row && (joins ? joins[i] : continues({ line: p.line, cells: row.cells }, p));
    if (!row || !join) {
      const fresh: { cells: string[]; lines: number[]; box?: Box } = { cells: [...p.cells], lines: [p.line.index] };
      if (p.line.box) fresh.box = p.line.box;
      rows.push(fresh);
      return;
    }
    p.cells.forEach((t, c) => {
      if (t) row.cells[c] = row.cells[c] ? `${row.cells[c]} ${t}` : t;
    });
    row.lines.push(p.line.index);
    const box = union(row.box, p.line.box);
    if (box) row.box = box;
  });
  return rows.map((r) => {
    const out: TableRow = { cells: r.cells, lines: r.lines, text: r.cells.filter(Boolean).join(' | ') };
    if (r.box) out.box = r.box;
    return out;
  });
}

/** Tables of a part's lines, and for each line the table holding it (or -1). */
export function buildTables(lines: readonly LayoutLine[], mode: TableMode): { tables: LayoutTable[]; tableOfLine: Int32Array } {
  const tableOfLine = new Int32Array(lines.length).fill(-1);
  const tables: LayoutTable[] = [];
  for (const [first, last] of regions(lines, mode)) {
    const region = lines.slice(first, last + 1);
    const { starts, tol } = columnStarts(region, mode);
    if (starts.length < 2) continue;
    const placed = region.map((l) => place(l, starts, tol));
    const rows = buildRows(placed, mode);
    for (let i = first; i <= last; i++) tableOfLine[i] = tables.length;
    tables.push({ columnCount: starts.length, rows, source: mode });
  }
  return { tables, tableOfLine };
}
