/**
 * Pixels of a scanned page, before and after OCR. Pure: grey images in, grey images and boxes
 * out, on every platform alike (the readers decode and render; the OCR engine reads what this
 * cleans; the signature rule reads the marks this finds).
 *
 * Coordinates here are pixels, origin top-left, as image files and OCR engines have them.
 */

/** One byte per pixel, 0 = black, 255 = white, row by row. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A box in pixels, origin top-left. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** RGBA (canvas ImageData) to grey by luminance; transparent pixels are paper (white). */
export function greyFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GreyImage {
  const n = Math.min(width * height, rgba.length >> 2);
  const data = new Uint8Array(width * height).fill(255);
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    // Luminance × 1000, in integers (the loop runs over every pixel of a 300 dpi page).
    const lum = (rgba[j] as number) * 299 + (rgba[j + 1] as number) * 587 + (rgba[j + 2] as number) * 114;
    const a = rgba[j + 3] as number;
    data[i] = a === 255 ? ((lum + 500) / 1000) | 0 : Math.round(255 - ((255 - lum / 1000) * a) / 255);
  }
  return { width, height, data };
}

/** Turns an image clockwise by 90, 180 or 270 degrees (0 returns it as it is). */
export function rotateGrey(img: GreyImage, degrees: number): GreyImage {
  const d = ((degrees % 360) + 360) % 360;
  if (d === 0) return img;
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  const ow = d === 180 ? w : h;
  const oh = d === 180 ? h : w;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const v = data[y * w + x] ?? 255;
      let nx: number;
      let ny: number;
      if (d === 90) {
        nx = h - 1 - y;
        ny = x;
      } else if (d === 180) {
        nx = w - 1 - x;
        ny = h - 1 - y;
      } else {
        nx = y;
        ny = w - 1 - x;
      }
      out[ny * ow + nx] = v;
    }
  return { width: ow, height: oh, data: out };
}

/** Scales by an integer or fractional factor (nearest-neighbour down, bilinear up). */
export function scaleGrey(img: GreyImage, factor: number): GreyImage {
  if (factor === 1) return img;
  const width = Math.max(1, Math.round(img.width * factor));
  const height = Math.max(1, Math.round(img.height * factor));
  const out = new Uint8Array(width * height);
  const src = img.data;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(img.height - 1, (y + 0.5) / factor - 0.5);
    const y0 = Math.max(0, Math.floor(sy));
    const y1 = Math.min(img.height - 1, y0 + 1);
    const fy = Math.max(0, sy - y0);
    for (let x = 0; x < width; x++) {
      const sx = Math.min(img.width - 1, (x + 0.5) / factor - 0.5);
      const x0 = Math.max(0, Math.floor(sx));
      const x1 = Math.min(img.width - 1, x0 + 1);
      const fx = Math.max(0, sx - x0);
      const a = src[y0 * img.width + x0] ?? 255;
      const b = src[y0 * img.width + x1] ?? 255;
      const c = src[y1 * img.width + x0] ?? 255;
      const e = src[y1 * img.width + x1] ?? 255;
      out[y * width + x] = Math.round(a * (1 - fx) * (1 - fy) + b * fx * (1 - fy) + c * (1 - fx) * fy + e * fx * fy);
    }
  }
  return { width, height, data: out };
}

/** Otsu's threshold: the grey level that best splits ink from paper. */
export function otsuThreshold(img: GreyImage): number {
  const hist = new Float64Array(256);
  const data = img.data;
  for (let i = 0; i < data.length; i++) {
    const v = data[i] as number;
    hist[v] = (hist[v] as number) + 1;
  }
  const total = data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * (hist[i] as number);
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    const count = hist[t] as number;
    wB += count;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * count;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * The ink of a page as runs: each run is a stretch of ink on one row, from x0 to x1 (both
 * included), in raster order (row by row, left to right). A page of text is mostly paper, so
 * its runs are few against its pixels: the steps after thresholding work on runs, not pixels.
 */
export interface InkRuns {
  count: number;
  y: Int32Array;
  x0: Int32Array;
  x1: Int32Array;
}

/** Runs as they are made, row by row (growing arrays). */
class RunBuilder {
  count = 0;
  y = new Int32Array(4096);
  x0 = new Int32Array(4096);
  x1 = new Int32Array(4096);

  push(y: number, x0: number, x1: number): void {
    if (this.count === this.y.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.y = grow(this.y);
      this.x0 = grow(this.x0);
      this.x1 = grow(this.x1);
    }
    this.y[this.count] = y;
    this.x0[this.count] = x0;
    this.x1[this.count] = x1;
    this.count++;
  }

  done(): InkRuns {
    return { count: this.count, y: this.y, x0: this.x0, x1: this.x1 };
  }
}

/** The runs of a 0/1 mask. */
export function maskRuns(mask: Uint8Array, width: number, height: number): InkRuns {
  const out = new RunBuilder();
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (!mask[row + x]) continue;
      const start = x;
      while (x + 1 < width && mask[row + x + 1]) x++;
      out.push(y, start, x);
    }
  }
  return out.done();
}

/** The runs of pixels at or below `threshold` (ink) of a grey image. */
function darkRuns(img: GreyImage, threshold: number): InkRuns {
  const { width, height, data } = img;
  const out = new RunBuilder();
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if ((data[row + x] as number) > threshold) continue;
      const start = x;
      while (x + 1 < width && (data[row + x + 1] as number) <= threshold) x++;
      out.push(y, start, x);
    }
  }
  return out.done();
}

/**
 * Connected components (8-neighbour) of runs: a label per run (1-based) and each label's box and
 * size in pixels. Labels are numbered in the order their first pixel comes, row by row (the
 * first run of a component in raster order holds its first pixel).
 */
export function runComponents(runs: InkRuns): { label: Int32Array; boxes: (PixelBox & { area: number })[] } {
  const { count, y: ry, x0: rx0, x1: rx1 } = runs;
  const parent = new Int32Array(count);
  for (let k = 0; k < count; k++) parent[k] = k;
  const find = (a: number): number => {
    let r = a;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[a] !== r) {
      const up = parent[a] as number;
      parent[a] = r;
      a = up;
    }
    return r;
  };
  // The runs of the row above the current one still to be compared: [p, prevEnd).
  let p = 0;
  let prevEnd = 0;
  let rowStart = 0;
  for (let k = 0; k < count; k++) {
    const y = ry[k] as number;
    if (k === 0 || y !== ry[k - 1]) {
      // A new row: the row above is the previous row's runs when it is the row just above.
      const above = k > 0 && ry[k - 1] === y - 1;
      p = above ? rowStart : k;
      prevEnd = k;
      rowStart = k;
    }
    const a = rx0[k] as number;
    const b = rx1[k] as number;
    // Runs above that end before this one's left neighbour touch no later run of this row either.
    while (p < prevEnd && (rx1[p] as number) < a - 1) p++;
    for (let q = p; q < prevEnd && (rx0[q] as number) <= b + 1; q++) {
      const ra = find(k);
      const rb = find(q);
      // The earlier run (in raster order) is the root.
      if (ra < rb) parent[rb] = ra;
      else if (rb < ra) parent[ra] = rb;
    }
  }
  const index = new Int32Array(count);
  const label = new Int32Array(count);
  const boxes: (PixelBox & { area: number })[] = [];
  for (let k = 0; k < count; k++) {
    const root = find(k);
    let l = index[root] as number;
    const y = ry[k] as number;
    const a = rx0[k] as number;
    const b = rx1[k] as number;
    if (l === 0) {
      l = boxes.length + 1;
      index[root] = l;
      boxes.push({ x0: a, y0: y, x1: b, y1: y, area: 0 });
    }
    label[k] = l;
    const box = boxes[l - 1] as PixelBox & { area: number };
    box.area += b - a + 1;
    if (a < box.x0) box.x0 = a;
    if (b > box.x1) box.x1 = b;
    if (y > box.y1) box.y1 = y;
  }
  return { label, boxes };
}

/**
 * Connected ink components (8-neighbour) of a 0/1 mask: a label per pixel (0 = paper) and each
 * label's box and size. Labels are numbered in the order their first pixel comes, row by row.
 */
export function components(
  mask: Uint8Array,
  width: number,
  height: number,
): { labels: Int32Array; boxes: (PixelBox & { area: number })[] } {
  const runs = maskRuns(mask, width, height);
  const { label, boxes } = runComponents(runs);
  const labels = new Int32Array(width * height);
  for (let k = 0; k < runs.count; k++) {
    const row = (runs.y[k] as number) * width;
    labels.fill(label[k] as number, row + (runs.x0[k] as number), row + (runs.x1[k] as number) + 1);
  }
  return { labels, boxes };
}

export interface CleanPage {
  /** Paper made white, speckles removed, ink kept in its grey (anti-aliased edges survive). */
  image: GreyImage;
  /** 1 where ink remains. */
  ink: Uint8Array;
  /** The same ink as runs (what the marks are looked for in: findMarks). */
  inkRuns: InkRuns;
  /**
   * Height in pixels of the page's small letters (the 20th percentile of letter-sized ink
   * components: about the x-height of the smallest text that is common on the page); undefined
   * when the page has too few letters to tell.
   */
  letterHeight?: number;
  /**
   * 1 where the ink is of a letter-sized component (not a speck, a rule, a picture, a signature
   * or a dark desk around a photographed page): what the skew is measured on (ocr-skew.ts).
   */
  letterInk: Uint8Array;
  /** The same letter ink as runs (estimateSkewOfRuns). */
  letterRuns: InkRuns;
}

/** Fewer letter-sized components than this: the page's letter height is not told. */
const MIN_LETTERS = 60;

/** A component the size and shape of a letter (or a few joined): taller than a speck, not a line, a picture or a page's surroundings. */
function isLetter(b: PixelBox & { area: number }, speck: number, pageHeight: number, minHeight: number): boolean {
  const bh = b.y1 - b.y0 + 1;
  const bw = b.x1 - b.x0 + 1;
  return b.area > speck * 2 && bh >= minHeight && bh <= pageHeight / 25 && bw <= bh * 3;
}

function letterHeight(boxes: readonly (PixelBox & { area: number })[], speck: number, pageHeight: number): number | undefined {
  const heights: number[] = [];
  for (const b of boxes) if (isLetter(b, speck, pageHeight, 6)) heights.push(b.y1 - b.y0 + 1);
  if (heights.length < MIN_LETTERS) return undefined;
  heights.sort((a, b) => a - b);
  return heights[Math.floor(heights.length * 0.2)];
}

/**
 * Cleans a scanned page for OCR: paper (above Otsu's threshold) becomes white, and specks of
 * ink too small to be a character, with no other ink near them, are removed (a full stop next
 * to a word stays). Scanner dust otherwise reads as stray punctuation and slows the engine.
 */
export function cleanPage(img: GreyImage): CleanPage {
  const { width: w, height: h, data } = img;
  const t = Math.min(200, otsuThreshold(img));
  const runs = darkRuns(img, t);
  const { label, boxes } = runComponents(runs);
  // A speck: a few pixels; scale with the image (a 300 dpi page has 4x the pixels of 150 dpi).
  const speck = Math.max(4, Math.round((w * h) / 400_000));
  const big = new Uint8Array(boxes.length + 1);
  boxes.forEach((b, k) => (big[k + 1] = b.area > speck * 2 ? 1 : 0));
  const cell = 12;
  const gw = Math.ceil(w / cell);
  const gh = Math.ceil(h / cell);
  const solid = new Uint8Array(gw * gh);
  for (let k = 0; k < runs.count; k++) {
    if (!big[label[k] as number]) continue;
    const cells = Math.floor((runs.y[k] as number) / cell) * gw;
    const c1 = Math.floor((runs.x1[k] as number) / cell);
    for (let c = Math.floor((runs.x0[k] as number) / cell); c <= c1; c++) solid[cells + c] = 1;
  }
  const nearSolid = (b: PixelBox) => {
    const cx0 = Math.max(0, Math.floor(b.x0 / cell) - 1);
    const cx1 = Math.min(gw - 1, Math.floor(b.x1 / cell) + 1);
    const cy0 = Math.max(0, Math.floor(b.y0 / cell) - 1);
    const cy1 = Math.min(gh - 1, Math.floor(b.y1 / cell) + 1);
    for (let cy = cy0; cy <= cy1; cy++) for (let cx = cx0; cx <= cx1; cx++) if (solid[cy * gw + cx]) return true;
    return false;
  };
  const drop = new Uint8Array(boxes.length + 1);
  const letter = new Uint8Array(boxes.length + 1);
  boxes.forEach((b, k) => {
    if (b.area <= speck * 2 && !nearSolid(b)) drop[k + 1] = 1;
    else if (isLetter(b, speck, h, 3)) letter[k + 1] = 1;
  });
  const out = new Uint8Array(w * h).fill(255);
  const ink = new Uint8Array(w * h);
  const letterInk = new Uint8Array(w * h);
  const kept = new RunBuilder();
  const letters = new RunBuilder();
  for (let k = 0; k < runs.count; k++) {
    const l = label[k] as number;
    if (drop[l]) continue;
    const y = runs.y[k] as number;
    const x0 = runs.x0[k] as number;
    const x1 = runs.x1[k] as number;
    const from = y * w + x0;
    const to = y * w + x1 + 1;
    out.set(data.subarray(from, to), from);
    ink.fill(1, from, to);
    kept.push(y, x0, x1);
    if (letter[l]) {
      letterInk.fill(1, from, to);
      letters.push(y, x0, x1);
    }
  }
  const height = letterHeight(boxes, speck, h);
  return {
    image: { width: w, height: h, data: out },
    ink,
    inkRuns: kept.done(),
    letterInk,
    letterRuns: letters.done(),
    ...(height !== undefined ? { letterHeight: height } : {}),
  };
}

/**
 * Marks on a page that are not printed text: handwriting, initials, stamps. After the words the
 * engine read confidently are blanked out, what is left is grouped into ink components; a mark
 * is one long continuous stroke (wider than 2.5 text heights, taller than a rule line) that is
 * not a frame (its ink mostly on its own border: a table cell, a box). Printed words are many
 * separate letters and never qualify; an underscore line "______" is too flat.
 */
export function findMarks(ink: InkRuns, width: number, height: number, words: readonly PixelBox[], textHeight: number): PixelBox[] {
  // The words' boxes (padded by 2) blanked out of the ink: per row, the spans to cut.
  const pad = 2;
  const cuts: [number, number][][] = [];
  for (const b of words) {
    const x0 = Math.max(0, b.x0 - pad);
    const x1 = Math.min(width - 1, b.x1 + pad);
    if (x1 < x0) continue;
    for (let y = Math.max(0, b.y0 - pad); y <= Math.min(height - 1, b.y1 + pad); y++) (cuts[y] ??= []).push([x0, x1]);
  }
  for (const row of cuts) row?.sort((a, b) => a[0] - b[0]);
  const left = new RunBuilder();
  for (let k = 0; k < ink.count; k++) {
    const y = ink.y[k] as number;
    let a = ink.x0[k] as number;
    const b = ink.x1[k] as number;
    for (const [c0, c1] of cuts[y] ?? []) {
      if (c1 < a) continue;
      if (c0 > b) break;
      if (c0 > a) left.push(y, a, c0 - 1);
      a = Math.max(a, c1 + 1);
      if (a > b) break;
    }
    if (a <= b) left.push(y, a, b);
  }
  const runs = left.done();
  const { label, boxes } = runComponents(runs);
  // A frame: nearly all its ink within two pixels of its own box (counted run by run).
  const edge = new Float64Array(boxes.length + 1);
  for (let k = 0; k < runs.count; k++) {
    const l = label[k] as number;
    const box = boxes[l - 1] as PixelBox;
    const y = runs.y[k] as number;
    const a = runs.x0[k] as number;
    const b = runs.x1[k] as number;
    if (y - box.y0 < 3 || box.y1 - y < 3) {
      edge[l] = (edge[l] as number) + b - a + 1;
      continue;
    }
    // Pixels of [a, b] within 3 of the box's left edge or its right edge (x - x0 < 3 or x1 - x < 3).
    const leftEnd = Math.min(b, box.x0 + 2);
    const rightStart = Math.max(a, box.x1 - 2);
    let n = 0;
    if (leftEnd >= a) n += leftEnd - a + 1;
    if (b >= rightStart) n += b - rightStart + 1;
    if (leftEnd >= rightStart && leftEnd >= a && b >= rightStart) n -= leftEnd - rightStart + 1;
    edge[l] = (edge[l] as number) + n;
  }
  const th = Math.max(4, textHeight);
  const marks: PixelBox[] = [];
  boxes.forEach((b, k) => {
    const bw = b.x1 - b.x0 + 1;
    const bh = b.y1 - b.y0 + 1;
    if (bw < th * 2.5 || bh < th * 0.45 || bw > width * 0.7 || bh > th * 12) return;
    if ((edge[k + 1] as number) / b.area > 0.8) return;
    marks.push({ x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 });
  });
  return marks;
}

/** A binary PGM (P5) file of the image: the simplest format every OCR engine reads. */
export function encodePgm(img: GreyImage): Uint8Array {
  const text = `P5\n${img.width} ${img.height}\n255\n`;
  const header = Uint8Array.from(text, (c) => c.charCodeAt(0));
  const out = new Uint8Array(header.length + img.data.length);
  out.set(header, 0);
  out.set(img.data, header.length);
  return out;
}
