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
 * Connected ink components (8-neighbour) of a 0/1 mask: a label per pixel (0 = paper) and each
 * label's box and size. Labels are numbered in the order their first pixel comes, row by row.
 * Typed arrays throughout: it runs over every pixel of a page, twice per page read.
 */
export function components(
  mask: Uint8Array,
  width: number,
  height: number,
): { labels: Int32Array; boxes: (PixelBox & { area: number })[] } {
  const labels = new Int32Array(width * height);
  let parent = new Int32Array(1024);
  let next = 1;
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
  /** Joins two provisional labels; returns the smaller root. */
  const union = (a: number, b: number): number => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return ra;
    if (ra < rb) {
      parent[rb] = ra;
      return ra;
    }
    parent[ra] = rb;
    return rb;
  };
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const up = row - width;
    for (let x = 0; x < width; x++) {
      const i = row + x;
      if (!mask[i]) continue;
      let l = x > 0 ? (labels[i - 1] as number) : 0;
      if (y > 0) {
        // North first: when it is ink, north-west and north-east are joined to it already or through it.
        const n = labels[up + x] as number;
        if (n !== 0) l = l === 0 ? n : l === n ? l : union(l, n);
        else {
          const nw = x > 0 ? (labels[up + x - 1] as number) : 0;
          const ne = x < width - 1 ? (labels[up + x + 1] as number) : 0;
          if (nw !== 0) l = l === 0 ? nw : l === nw ? l : union(l, nw);
          if (ne !== 0) l = l === 0 ? ne : l === ne ? l : union(l, ne);
        }
      }
      if (l === 0) {
        if (next >= parent.length) {
          const grown = new Int32Array(parent.length * 2);
          grown.set(parent);
          parent = grown;
        }
        l = next++;
        parent[l] = l;
      }
      labels[i] = l;
    }
  }
  const index = new Int32Array(next);
  const boxes: (PixelBox & { area: number })[] = [];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const i = row + x;
      const raw = labels[i] as number;
      if (raw === 0) continue;
      const root = find(raw);
      let k = index[root] as number;
      if (k === 0) {
        k = boxes.length + 1;
        index[root] = k;
        boxes.push({ x0: x, y0: y, x1: x, y1: y, area: 0 });
      }
      labels[i] = k;
      const b = boxes[k - 1] as PixelBox & { area: number };
      b.area++;
      if (x < b.x0) b.x0 = x;
      if (x > b.x1) b.x1 = x;
      if (y > b.y1) b.y1 = y;
    }
  }
  return { labels, boxes };
}

export interface CleanPage {
  /** Paper made white, speckles removed, ink kept in its grey (anti-aliased edges survive). */
  image: GreyImage;
  /** 1 where ink remains. */
  ink: Uint8Array;
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
  const ink = new Uint8Array(w * h);
  for (let i = 0; i < ink.length; i++) ink[i] = (data[i] as number) <= t ? 1 : 0;
  const { labels, boxes } = components(ink, w, h);
  // A speck: a few pixels; scale with the image (a 300 dpi page has 4x the pixels of 150 dpi).
  const speck = Math.max(4, Math.round((w * h) / 400_000));
  const big = new Uint8Array(boxes.length + 1);
  boxes.forEach((b, k) => (big[k + 1] = b.area > speck * 2 ? 1 : 0));
  const cell = 12;
  const gw = Math.ceil(w / cell);
  const gh = Math.ceil(h / cell);
  const solid = new Uint8Array(gw * gh);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const cells = Math.floor(y / cell) * gw;
    for (let x = 0; x < w; x++) if (big[labels[row + x] as number]) solid[cells + Math.floor(x / cell)] = 1;
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
  const out = new Uint8Array(w * h);
  const letterInk = new Uint8Array(w * h);
  for (let i = 0; i < out.length; i++) {
    const label = labels[i] as number;
    if (!ink[i] || drop[label]) {
      out[i] = 255;
      ink[i] = 0;
    } else {
      out[i] = data[i] as number;
      letterInk[i] = letter[label] as number;
    }
  }
  const letters = letterHeight(boxes, speck, h);
  return { image: { width: w, height: h, data: out }, ink, letterInk, ...(letters !== undefined ? { letterHeight: letters } : {}) };
}

/**
 * Marks on a page that are not printed text: handwriting, initials, stamps. After the words the
 * engine read confidently are blanked out, what is left is grouped into ink components; a mark
 * is one long continuous stroke (wider than 2.5 text heights, taller than a rule line) that is
 * not a frame (its ink mostly on its own border: a table cell, a box). Printed words are many
 * separate letters and never qualify; an underscore line "______" is too flat.
 */
export function findMarks(ink: Uint8Array, width: number, height: number, words: readonly PixelBox[], textHeight: number): PixelBox[] {
  const mask = ink.slice();
  for (const b of words) {
    const pad = 2;
    for (let y = Math.max(0, b.y0 - pad); y <= Math.min(height - 1, b.y1 + pad); y++)
      mask.fill(0, y * width + Math.max(0, b.x0 - pad), y * width + Math.min(width, b.x1 + pad + 1));
  }
  const { labels, boxes } = components(mask, width, height);
  const th = Math.max(4, textHeight);
  const marks: PixelBox[] = [];
  boxes.forEach((b, k) => {
    const bw = b.x1 - b.x0 + 1;
    const bh = b.y1 - b.y0 + 1;
    if (bw < th * 2.5 || bh < th * 0.45 || bw > width * 0.7 || bh > th * 12) return;
    // A frame: nearly all its ink within two pixels of its own box.
    let edge = 0;
    for (let y = b.y0; y <= b.y1; y++)
      for (let x = b.x0; x <= b.x1; x++) {
        if (labels[y * width + x] !== k + 1) continue;
        if (x - b.x0 < 3 || b.x1 - x < 3 || y - b.y0 < 3 || b.y1 - y < 3) edge++;
      }
    if (edge / b.area > 0.8) return;
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
