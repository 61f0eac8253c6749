import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateSkew, estimateSkewOfRuns, ocrBoxToPage, pageBoxToOcr, rotateGreyBy, turnBox } from './ocr-skew';
import { cleanPage, maskRuns } from './ocr-image';
import type { GreyImage } from './ocr-image';

/** A small random generator (the page layouts of a property run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

interface Letter {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A page of text lines as a scanner would see it turned by `degrees` clockwise about its centre:
 * letters (blocks of x-height, some with ascenders or descenders) in words along lines, drawn by
 * turning each pixel back (a point right of the centre goes down as the page turns clockwise).
 */
function skewedPage(degrees: number, seed: number, width = 1240, height = 1754): { grey: GreyImage; ink: Uint8Array } {
  const rand = lcg(seed);
  const letters: Letter[] = [];
  const xHeight = 12 + Math.floor(rand() * 8);
  const lineGap = xHeight * (2.2 + rand());
  const lines = Math.floor((height * 0.8) / lineGap);
  for (let l = 0; l < lines; l++) {
    const base = height * 0.1 + l * lineGap + xHeight;
    let x = width * 0.1;
    const end = width * (0.55 + rand() * 0.35);
    while (x < end) {
      const word = 2 + Math.floor(rand() * 8);
      for (let k = 0; k < word; k++) {
        const w = Math.round(xHeight * (0.5 + rand() * 0.4));
        const r = rand();
        const top = r < 0.25 ? base - xHeight * 1.45 : base - xHeight;
        const bottom = r > 0.9 ? base + xHeight * 0.45 : base;
        letters.push({ x0: x, y0: top, x1: x + w, y1: bottom });
        x += w + 2;
      }
      x += xHeight * 0.8;
    }
  }
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = width / 2;
  const cy = height / 2;
  const data = new Uint8Array(width * height).fill(235);
  const ink = new Uint8Array(width * height);
  for (const b of letters) {
    // The letter's corners turned (clockwise: a point right of the centre goes down), then each
    // pixel of their box turned back to the straight page: inside the letter, it is ink.
    const corners = [
      [b.x0, b.y0],
      [b.x1, b.y0],
      [b.x0, b.y1],
      [b.x1, b.y1],
    ].map(([x, y]) => [
      cx + ((x as number) - cx) * cos - ((y as number) - cy) * sin,
      cy + ((x as number) - cx) * sin + ((y as number) - cy) * cos,
    ]);
    const xs = corners.map((c) => c[0] as number);
    const ys = corners.map((c) => c[1] as number);
    for (let y = Math.max(0, Math.floor(Math.min(...ys))); y <= Math.min(height - 1, Math.ceil(Math.max(...ys))); y++)
      for (let x = Math.max(0, Math.floor(Math.min(...xs))); x <= Math.min(width - 1, Math.ceil(Math.max(...xs))); x++) {
        const dx = x - cx;
        const dy = y - cy;
        const sx = cx + dx * cos + dy * sin;
        const sy = cy - dx * sin + dy * cos;
        if (sx >= b.x0 && sx < b.x1 && sy >= b.y0 && sy < b.y1) {
          data[y * width + x] = 30;
          ink[y * width + x] = 1;
        }
      }
  }
  return { grey: { width, height, data }, ink };
}

describe('the skew of a scanned page', () => {
  it('gives back the angle a page of text was turned by, within 0.2°', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.integer(), (degrees, seed) => {
        const { ink, grey } = skewedPage(degrees, seed, 900, 1200);
        expect(Math.abs((estimateSkew(ink, grey.width, grey.height) ?? NaN) - degrees)).toBeLessThanOrEqual(0.2);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('tells the skew of a 300 dpi page too', () => {
    for (const degrees of [-1.43, 0.6, 3.7]) {
      const { ink, grey } = skewedPage(degrees, 7, 2480, 3508);
      expect(Math.abs((estimateSkew(ink, grey.width, grey.height) ?? NaN) - degrees)).toBeLessThanOrEqual(0.2);
    }
  }, 120_000);

  it('tells the same skew from the ink as runs as from the ink as a mask (what the readers use)', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.integer(), (degrees, seed) => {
        const { ink, grey } = skewedPage(degrees, seed, 700, 900);
        expect(estimateSkewOfRuns(maskRuns(ink, grey.width, grey.height), grey.width, grey.height)).toBe(
          estimateSkew(ink, grey.width, grey.height),
        );
        const clean = cleanPage(grey);
        expect(estimateSkewOfRuns(clean.letterRuns, grey.width, grey.height)).toBe(estimateSkew(clean.letterInk, grey.width, grey.height));
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('cannot tell the skew of a page without text lines (blank, a few specks); a level picture is level', () => {
    const w = 800;
    const h = 1000;
    expect(estimateSkew(new Uint8Array(w * h), w, h)).toBeNull();
    const rand = lcg(3);
    const specks = Uint8Array.from({ length: w * h }, () => (rand() < 0.0005 ? 1 : 0));
    expect(estimateSkew(specks, w, h)).toBeNull();
    const picture = new Uint8Array(w * h);
    for (let y = 200; y < 700; y++) picture.fill(1, y * w + 150, y * w + 650);
    expect(estimateSkew(picture, w, h)).toBe(0);
  });

  it('straightens the page: turned back by its skew, its lines are level', () => {
    for (const degrees of [2.5, -1.2]) {
      const { grey } = skewedPage(degrees, 11);
      const straight = rotateGreyBy(grey, -(estimateSkew(skewedPage(degrees, 11).ink, grey.width, grey.height) ?? NaN));
      const ink = Uint8Array.from(straight.data, (v) => (v < 128 ? 1 : 0));
      expect(Math.abs(estimateSkew(ink, straight.width, straight.height) ?? NaN)).toBeLessThanOrEqual(0.1);
      expect(straight.width).toBe(grey.width);
      expect(straight.height).toBe(grey.height);
    }
  }, 120_000);

  it('tells the skew of a page photographed on a dark desk, lit unevenly, with a signature on it', () => {
    // The page (its text lines turned by the skew) lies on a dark desk, with margins of desk
    // around it, a shadow falling across the desk and a long pen stroke under the text.
    for (const degrees of [-2.46, 3.1]) {
      const { grey: page } = skewedPage(degrees, 5, 700, 900);
      const w = 900;
      const h = 1200;
      const data = new Uint8Array(w * h);
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const inPage = x >= 100 && x < 800 && y >= 150 && y < 1050;
          data[y * w + x] = inPage
            ? Math.round((page.data[(y - 150) * 700 + (x - 100)] as number) * (1 - y / 4000))
            : Math.round(60 + (40 * x) / w);
        }
      for (let x = 250; x < 650; x++) for (let t = 0; t < 3; t++) data[(900 + Math.round(Math.sin(x / 9) * 12) + t) * w + x] = 40;
      const clean = cleanPage({ width: w, height: h, data });
      expect(Math.abs((estimateSkew(clean.letterInk, w, h) ?? NaN) - degrees)).toBeLessThanOrEqual(0.2);
    }
  });

  it('puts a box read on the straightened page back on the page as scanned', () => {
    // A word right of the centre of a page skewed 3° clockwise sits lower on the scan.
    const box = turnBox({ x0: 600, y0: 490, x1: 700, y1: 510 }, 3, 800, 1000);
    const s = Math.sin((3 * Math.PI) / 180);
    expect(box.y0).toBeCloseTo(490 + 200 * s * Math.cos(0) - 0, -1);
    expect((box.y0 + box.y1) / 2).toBeCloseTo(500 + 250 * s, 0);
    expect((box.x0 + box.x1) / 2).toBeCloseTo(400 + 250 * Math.cos((3 * Math.PI) / 180), 0);
    // Turned back, it is where it was (a box around a box: a little larger).
    const back = turnBox(box, -3, 800, 1000);
    expect((back.y0 + back.y1) / 2).toBeCloseTo(500, 0);
    expect(turnBox(box, 0, 800, 1000)).toBe(box);
  });

  it("puts an OCR'd page's boxes back on the page as scanned (quarter turn and skew), and page boxes into OCR's frame", () => {
    // Read upright after a quarter turn clockwise: the upright frame's top-left corner was the page's bottom-left.
    expect(ocrBoxToPage({ x: 10, y: 580, width: 20, height: 10 }, { rotation: 90, width: 400, height: 600 })).toEqual({
      x: 10,
      y: 10,
      width: 10,
      height: 20,
    });
    expect(ocrBoxToPage({ x: 10, y: 580, width: 20, height: 10 }, { rotation: 180, width: 400, height: 600 })).toEqual({
      x: 370,
      y: 10,
      width: 20,
      height: 10,
    });
    // Skewed 3° clockwise: a word right of the centre, read level, sits lower on the scan.
    const onPage = ocrBoxToPage({ x: 500, y: 495, width: 100, height: 10 }, { skew: 3, width: 800, height: 1000 });
    expect((onPage?.y ?? 0) + (onPage?.height ?? 0) / 2).toBeCloseTo(500 - 150 * Math.sin((3 * Math.PI) / 180), 0);
    expect(ocrBoxToPage({ x: 1, y: 2, width: 3, height: 4 }, {})).toBeNull();
    // There and back: the box comes back around where it was (a box around a turned box is a little larger).
    fc.assert(
      fc.property(
        fc.constantFrom(0, 90, 180, 270),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 20, max: 500, noNaN: true }),
        fc.double({ min: 20, max: 700, noNaN: true }),
        (rotation, skew, x, y) => {
          const info = { rotation, skew, width: 600, height: 800 };
          const box = { x, y, width: 40, height: 12 };
          const back = pageBoxToOcr(ocrBoxToPage(box, info) ?? box, info);
          expect(Math.abs((back?.x ?? 0) + (back?.width ?? 0) / 2 - (x + 20))).toBeLessThan(0.1);
          expect(Math.abs((back?.y ?? 0) + (back?.height ?? 0) / 2 - (y + 6))).toBeLessThan(0.1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('turns a page about its centre, clockwise, paper coming in at the corners', () => {
    const w = 201;
    const h = 101;
    const data = new Uint8Array(w * h).fill(200);
    // a dot 80 pixels right of the centre
    data[50 * w + 180] = 0;
    const turned = rotateGreyBy({ width: w, height: h, data }, 10);
    const at = turned.data.indexOf(Math.min(...turned.data));
    // turned clockwise by 10°: it goes down, to (100 + 80 cos 10°, 50 + 80 sin 10°)
    expect(Math.abs((at % w) - (100 + 80 * Math.cos(Math.PI / 18)))).toBeLessThanOrEqual(1);
    expect(Math.abs(Math.floor(at / w) - (50 + 80 * Math.sin(Math.PI / 18)))).toBeLessThanOrEqual(1);
    // the corners are paper, and a turn by 0 is the image itself
    expect(turned.data[0]).toBe(255);
    expect(turned.data[50 * w + 100]).toBe(200);
    const image = { width: w, height: h, data };
    expect(rotateGreyBy(image, 0)).toBe(image);
  });
});
