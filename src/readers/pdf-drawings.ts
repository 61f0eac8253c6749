import type { Box } from '@shared/checks/types';

/**
 * What a text-layer PDF page draws that is not text and could be a signature: paths with curves
 * (handwriting drawn with a pen or a tablet, an ink annotation flattened into the page, a round
 * stamp) and images (a scanned signature or stamp pasted in). Straight lines and rectangles
 * (table rules, the underscores of a signature line, boxes) are not. Boxes are in PDF user space
 * (origin bottom-left), as text items' boxes are, read from pdf.js's operator list with the
 * current transformation matrix followed through save/restore, `cm` and form XObjects.
 */

/** The pdf.js operator codes this reads (pdfjs `OPS`). */
export interface DrawingOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

/** pdf.js path data codes (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A hostile page can hold millions of paths: the first ones are enough to see a signature. */
const MAX_DRAWINGS = 400;
const MAX_DEPTH = 64;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, t: ArrayLike<number>): Matrix {
  const [a, b, c, d, e, f] = [t[0] ?? 1, t[1] ?? 0, t[2] ?? 0, t[3] ?? 1, t[4] ?? 0, t[5] ?? 0];
  return [
    a * m[0] + b * m[2],
    a * m[1] + b * m[3],
    c * m[0] + d * m[2],
    c * m[1] + d * m[3],
    e * m[0] + f * m[2] + m[4],
    e * m[1] + f * m[3] + m[5],
  ];
}

function boxOf(m: Matrix, xs: number[], ys: number[]): Box | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0;
    const y = ys[i] ?? 0;
    const px = m[0] * x + m[2] * y + m[4];
    const py = m[1] * x + m[3] * y + m[5];
    x0 = Math.min(x0, px);
    y0 = Math.min(y0, py);
    x1 = Math.max(x1, px);
    y1 = Math.max(y1, py);
  }
  if (!Number.isFinite(x0) || !Number.isFinite(y0) || !Number.isFinite(x1) || !Number.isFinite(y1)) return null;
  const r = (v: number) => Math.round(v * 10) / 10;
  return { x: r(x0), y: r(y0), width: r(x1 - x0), height: r(y1 - y0) };
}

/** The points of a path when it has a curve, else null (straight lines and rectangles). */
function curvePoints(data: ArrayLike<number>): { xs: number[]; ys: number[] } | null {
  const xs: number[] = [];
  const ys: number[] = [];
  let curved = false;
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    const n = op === MOVE || op === LINE ? 2 : op === CURVE ? 6 : op === QUAD ? 4 : op === CLOSE ? 0 : -1;
    if (n < 0) return null;
    if (op === CURVE || op === QUAD) curved = true;
    for (let k = 0; k < n; k += 2) {
      xs.push(data[i + k] ?? 0);
      ys.push(data[i + k + 1] ?? 0);
    }
    i += n;
  }
  return curved ? { xs, ys } : null;
}

/** The drawings (curved paths, images) of a page's operator list, in PDF user space. */
export function drawingsOf(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: DrawingOps): Box[] {
  const out: Box[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length && out.length < MAX_DRAWINGS; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null | undefined;
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      if (stack.length >= MAX_DEPTH) return out;
      stack.push(ctm);
      const matrix = fn === OPS.paintFormXObjectBegin ? (args?.[0] as ArrayLike<number> | null | undefined) : null;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) {
      ctm = stack.pop() ?? IDENTITY;
    } else if (fn === OPS.transform) {
      if (args && args.length === 6) ctm = multiply(ctm, args as number[]);
    } else if (fn === OPS.constructPath) {
      const data = (args?.[1] as ArrayLike<ArrayLike<number> | null> | undefined)?.[0];
      const pts = data ? curvePoints(data) : null;
      const box = pts ? boxOf(ctm, pts.xs, pts.ys) : null;
      if (box) out.push(box);
    } else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      const box = boxOf(ctm, [0, 1, 0, 1], [0, 0, 1, 1]);
      if (box) out.push(box);
    }
  }
  return out;
}
