import type { GreyImage, InkRuns } from './ocr-image';

/**
 * The skew of a scanned page and its straightening, before OCR. Pure, the same for `check` and
 * the app. The engine reads straight lines best; tesseract can find the skew itself (tesseract.js
 * `rotateAuto`), but only by a layout pass of its own before the one it reads with, which cost
 * about a third of each page's time. This finds it on the ink mask the page cleaning made
 * already, in a few milliseconds.
 *
 * Angles are degrees clockwise as the page is shown (origin top-left, y down): a page skewed by
 * +1° has lines that fall to the right by 1°.
 */

/** The skew looked for: ±this many degrees (a page fed askew; sideways pages are turned by quarter turns). */
const MAX_SKEW_DEGREES = 6;
/** Below this (degrees) a page is read as it is: the engine's own line finding copes, and turning costs a resampling. */
export const STRAIGHTEN_ABOVE_DEGREES = 0.25;

/** The ink is summed in cells of about this many per row (precision enough for 0.1°, few cells to project). */
const CELLS_ACROSS = 700;
/** Fewer ink cells than this: no lines to tell a skew by. */
const MIN_INK_CELLS = 200;

/**
 * Skew of the text lines of a page, in degrees clockwise, from its ink mask (1 = ink): the angle
 * whose projection of the ink across the page gives the sharpest profile of lines and gaps
 * (the sum of squared differences of neighbouring rows, Postl's criterion), searched in steps
 * of 0.25° over ±MAX_SKEW_DEGREES and refined to 0.02°. Null when the page has too little ink, or
 * when no angle stands out (no lines of text): the engine then finds the skew itself.
 *
 * Give it the ink of letters only (CleanPage.letterInk): the dark desk around a photographed page,
 * a picture or a signature outweigh a few lines of text in the profile, and no angle stands out.
 */
export function estimateSkew(ink: Uint8Array, width: number, height: number): number | null {
  const grid = inkGrid(width, height);
  const { cell, cw, counts } = grid;
  const column = new Int32Array(width);
  for (let x = 0; x < width; x++) column[x] = Math.floor(x / cell);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const crow = Math.floor(y / cell) * cw;
    for (let x = 0; x < width; x++)
      if (ink[row + x]) {
        const c = crow + (column[x] as number);
        counts[c] = (counts[c] as number) + 1;
      }
  }
  return skewOfGrid(grid);
}

/** estimateSkew on the ink as runs (CleanPage.letterRuns): the same answer, without a pass over every pixel. */
export function estimateSkewOfRuns(runs: InkRuns, width: number, height: number): number | null {
  const grid = inkGrid(width, height);
  const { cell, cw, counts } = grid;
  for (let k = 0; k < runs.count; k++) {
    const crow = Math.floor((runs.y[k] as number) / cell) * cw;
    const a = runs.x0[k] as number;
    const b = runs.x1[k] as number;
    const c1 = Math.floor(b / cell);
    for (let c = Math.floor(a / cell); c <= c1; c++) {
      // The run's pixels in this cell's columns.
      const n = Math.min(b, c * cell + cell - 1) - Math.max(a, c * cell) + 1;
      counts[crow + c] = (counts[crow + c] as number) + n;
    }
  }
  return skewOfGrid(grid);
}

interface InkGrid {
  cell: number;
  cw: number;
  ch: number;
  /** Ink pixels per cell, row by row. */
  counts: Uint16Array;
}

function inkGrid(width: number, height: number): InkGrid {
  const cell = Math.max(1, Math.ceil(width / CELLS_ACROSS));
  const cw = Math.ceil(width / cell);
  const ch = Math.ceil(height / cell);
  return { cell, cw, ch, counts: new Uint16Array(cw * ch) };
}

function skewOfGrid({ cw, ch, counts }: InkGrid): number | null {
  // The ink cells as points (in cells, from the page's centre) with their ink.
  let n = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]) n++;
  if (n < MIN_INK_CELLS) return null;
  const xs = new Float32Array(n);
  const ys = new Float32Array(n);
  const ws = new Float32Array(n);
  for (let cy = 0, k = 0; cy < ch; cy++)
    for (let cx = 0; cx < cw; cx++) {
      const c = counts[cy * cw + cx] as number;
      if (!c) continue;
      xs[k] = cx - (cw >> 1);
      ys[k] = cy - (ch >> 1);
      ws[k] = c;
      k++;
    }
  // Rows of the projection, a cell high, over the page's diagonal.
  const rows = Math.ceil(Math.hypot(cw, ch)) + 4;
  const profile = new Float64Array(rows);
  // Whole rows: at 0° each cell falls on one row, as it was scanned.
  const mid = rows >> 1;
  const sharpness = (degrees: number): number => {
    profile.fill(0);
    const t = Math.tan((degrees * Math.PI) / 180);
    for (let k = 0; k < n; k++) {
      // Where this ink lies once the page is turned back by `degrees` (its y from the centre, less
      // the slope), shared between the two rows it falls between: no row is favoured at any angle.
      const p = (ys[k] as number) - (xs[k] as number) * t + mid;
      const r = Math.floor(p);
      const f = p - r;
      const w = ws[k] as number;
      profile[r] = (profile[r] as number) + w * (1 - f);
      profile[r + 1] = (profile[r + 1] as number) + w * f;
    }
    let s = 0;
    for (let r = 1; r < rows; r++) {
      const d = (profile[r] as number) - (profile[r - 1] as number);
      s += d * d;
    }
    return s;
  };
  let best = 0;
  let bestScore = sharpness(0);
  let sum = 0;
  let tried = 0;
  for (let d = -MAX_SKEW_DEGREES; d <= MAX_SKEW_DEGREES + 1e-9; d += 0.25) {
    const s = sharpness(d);
    sum += s;
    tried++;
    if (s > bestScore) {
      bestScore = s;
      best = d;
    }
  }
  const coarse = best;
  for (let d = coarse - 0.24; d <= coarse + 0.24 + 1e-9; d += 0.02) {
    const s = sharpness(d);
    if (s > bestScore) {
      bestScore = s;
      best = d;
    }
  }
  // No angle stands out: no lines of text to tell the skew by.
  if (bestScore < (sum / tried) * 3) return null;
  return Math.round(best * 100) / 100;
}

/**
 * A box turned about the centre of a `width` × `height` page by `degrees` clockwise (y down): the
 * box around its four turned corners. Word boxes read on a page straightened by its skew go back
 * onto the page as scanned by turning them by the skew.
 */
export function turnBox<B extends { x0: number; y0: number; x1: number; y1: number }>(
  box: B,
  degrees: number,
  width: number,
  height: number,
): B {
  if (degrees === 0) return box;
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = width / 2;
  const cy = height / 2;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ] as const) {
    const tx = cx + (x - cx) * cos - (y - cy) * sin;
    const ty = cy + (x - cx) * sin + (y - cy) * cos;
    x0 = Math.min(x0, tx);
    y0 = Math.min(y0, ty);
    x1 = Math.max(x1, tx);
    y1 = Math.max(y1, ty);
  }
  return { ...box, x0, y0, x1, y1 };
}

/**
 * Turns an image about its centre by a small angle (degrees clockwise), keeping its frame, and
 * scales it by `scale` in the same pass (the page as the engine reads it: one resampling, not
 * two). What comes in at the corners is paper (white). Bilinear, so the letters' anti-aliased
 * edges stay. Word boxes read on the result, divided by `scale`, are in the page's frame turned
 * about its centre, as tesseract's own straightening (rotateAuto) gave them.
 */
export function rotateGreyBy(img: GreyImage, degrees: number, scale = 1): GreyImage {
  if (degrees === 0 && scale === 1) return img;
  const { width: w, height: h, data: src } = img;
  const ow = Math.max(1, Math.round(w * scale));
  const oh = Math.max(1, Math.round(h * scale));
  const out = new Uint8Array(ow * oh);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  // An output pixel's centre in source pixels before the turn: (x + 0.5) / scale - 0.5.
  const x0s = 0.5 / scale - 0.5 - cx;
  for (let y = 0; y < oh; y++) {
    const dy = (y + 0.5) / scale - 0.5 - cy;
    // Where the output pixel (x, y) comes from: the source point turned back by the angle.
    let sx = cx + cos * x0s + sin * dy;
    let sy = cy - sin * x0s + cos * dy;
    const stepX = cos / scale;
    const stepY = -sin / scale;
    const row = y * ow;
    for (let x = 0; x < ow; x++, sx += stepX, sy += stepY) {
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) {
        // Outside, or on the last row or column: the nearest pixel of the page, paper beyond it.
        const nx = Math.round(sx);
        const ny = Math.round(sy);
        out[row + x] = nx >= 0 && ny >= 0 && nx < w && ny < h ? (src[ny * w + nx] as number) : 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const p = src[i] as number;
      const q = src[i + 1] as number;
      const r = src[i + w] as number;
      const s = src[i + w + 1] as number;
      const top = p + (q - p) * fx;
      const bottom = r + (s - r) * fx;
      out[row + x] = (top + (bottom - top) * fy + 0.5) | 0;
    }
  }
  return { width: ow, height: oh, data: out };
}

/** The part of OcrPageInfo that places its boxes: the upright frame's size, its quarter turn and skew. */
export interface OcrFrameInfo {
  rotation?: number;
  skew?: number;
  width?: number;
  height?: number;
}

/** A box in points, origin bottom-left (TextItem.box, Evidence.box). */
interface PointBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

function quarterTurn(degrees: number | undefined): number {
  return (((Math.round((degrees ?? 0) / 90) * 90) % 360) + 360) % 360;
}

function pointsRounded(b: PointBox): PointBox {
  const r = (n: number) => Math.round(n * 100) / 100;
  return { x: r(b.x), y: r(b.y), width: r(b.width), height: r(b.height) };
}

/**
 * A box of an OCR'd page's words (OcrPageInfo: points, origin bottom-left, in the upright frame
 * straightened by its skew) on the page as it was scanned or rendered (the image as stored, a
 * PDF page as pdf.js paints it): turned back onto the ink by the skew, then by the quarter turn
 * the page was read at. The box around the turned box. Null when the info lacks the frame's size.
 */
export function ocrBoxToPage(box: PointBox, info: OcrFrameInfo): PointBox | null {
  const { width: w, height: h } = info;
  if (!w || !h) return null;
  // Upright frame, origin top-left, back on the skewed ink.
  const top = turnBox({ x0: box.x, y0: h - box.y - box.height, x1: box.x + box.width, y1: h - box.y }, info.skew ?? 0, w, h);
  // The upright frame is the page turned clockwise by `rotation`: turned back (anticlockwise).
  const turn = quarterTurn(info.rotation);
  const ph = turn % 180 === 0 ? h : w;
  let x0: number;
  let y0: number;
  let x1: number;
  let y1: number;
  if (turn === 90) [x0, y0, x1, y1] = [top.y0, w - top.x1, top.y1, w - top.x0];
  else if (turn === 180) [x0, y0, x1, y1] = [w - top.x1, h - top.y1, w - top.x0, h - top.y0];
  else if (turn === 270) [x0, y0, x1, y1] = [h - top.y1, top.x0, h - top.y0, top.x1];
  else [x0, y0, x1, y1] = [top.x0, top.y0, top.x1, top.y1];
  return pointsRounded({ x: x0, y: ph - y1, width: x1 - x0, height: y1 - y0 });
}

/**
 * The other way: a box on the page as scanned or rendered (points, origin bottom-left) in an OCR'd
 * page's frame (upright, straightened), where its words are: a fillable form's value placed among them.
 */
export function pageBoxToOcr(box: PointBox, info: OcrFrameInfo): PointBox | null {
  const { width: w, height: h } = info;
  if (!w || !h) return null;
  const turn = quarterTurn(info.rotation);
  const ph = turn % 180 === 0 ? h : w;
  // The page's box, origin top-left.
  const px0 = box.x;
  const px1 = box.x + box.width;
  const py0 = ph - box.y - box.height;
  const py1 = ph - box.y;
  // Turned clockwise by `rotation` into the upright frame (w × h).
  let x0: number;
  let y0: number;
  let x1: number;
  let y1: number;
  if (turn === 90) [x0, y0, x1, y1] = [w - py1, px0, w - py0, px1];
  else if (turn === 180) [x0, y0, x1, y1] = [w - px1, h - py1, w - px0, h - py0];
  else if (turn === 270) [x0, y0, x1, y1] = [py0, h - px1, py1, h - px0];
  else [x0, y0, x1, y1] = [px0, py0, px1, py1];
  // Straightened: turned back by the skew.
  const s = turnBox({ x0, y0, x1, y1 }, -(info.skew ?? 0), w, h);
  return pointsRounded({ x: s.x0, y: h - s.y1, width: s.x1 - s.x0, height: s.y1 - s.y0 });
}
