import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanPage, components, findMarks, greyFromRgba, maskRuns, otsuThreshold, type GreyImage } from './ocr-image';

/** Components by flood fill (8-neighbour), numbered in the order their first pixel comes: what `components` must agree with. */
function floodComponents(mask: Uint8Array, width: number, height: number) {
  const labels = new Int32Array(width * height);
  const boxes: { x0: number; y0: number; x1: number; y1: number; area: number }[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || labels[start]) continue;
    const k = boxes.length + 1;
    const box = { x0: width, y0: height, x1: -1, y1: -1, area: 0 };
    const stack = [start];
    labels[start] = k;
    while (stack.length > 0) {
      const i = stack.pop() as number;
      const x = i % width;
      const y = Math.floor(i / width);
      box.area++;
      box.x0 = Math.min(box.x0, x);
      box.x1 = Math.max(box.x1, x);
      box.y0 = Math.min(box.y0, y);
      box.y1 = Math.max(box.y1, y);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const j = ny * width + nx;
          if (mask[j] && !labels[j]) {
            labels[j] = k;
            stack.push(j);
          }
        }
    }
    boxes.push(box);
  }
  return { labels, boxes };
}

describe('page pixels', () => {
  it('finds the same ink components as a flood fill, on any mask', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0.05, max: 0.7, noNaN: true }),
        fc.integer(),
        (width, height, density, seed) => {
          let s = seed >>> 0;
          const mask = Uint8Array.from({ length: width * height }, () =>
            (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32 < density ? 1 : 0,
          );
          const got = components(mask, width, height);
          const want = floodComponents(mask, width, height);
          expect(Array.from(got.labels)).toEqual(Array.from(want.labels));
          expect(got.boxes).toEqual(want.boxes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("cleans a page into masks and runs of the same ink: paper white, specks gone, letters' ink apart", () => {
    const width = 400;
    const height = 300;
    const data = new Uint8Array(width * height).fill(235);
    const rand = (() => {
      let s = 7;
      return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    })();
    // letters: blocks 10 px tall on lines; specks of one pixel far from them; a rule 300 px long
    for (let line = 0; line < 6; line++)
      for (let x = 20; x < 360; x += 12)
        for (let dy = 0; dy < 10; dy++) data.fill(25, (30 + line * 30 + dy) * width + x, (30 + line * 30 + dy) * width + x + 8);
    for (let k = 0; k < 30; k++) data[Math.floor(270 + rand() * 25) * width + Math.floor(rand() * width)] = 40;
    data.fill(30, 240 * width + 50, 240 * width + 350);
    const clean = cleanPage({ width, height, data });
    const runsToMask = (runs: ReturnType<typeof maskRuns>) => {
      const mask = new Uint8Array(width * height);
      for (let k = 0; k < runs.count; k++) mask.fill(1, runs.y[k]! * width + runs.x0[k]!, runs.y[k]! * width + runs.x1[k]! + 1);
      return mask;
    };
    expect(runsToMask(clean.inkRuns)).toEqual(clean.ink);
    expect(runsToMask(clean.letterRuns)).toEqual(clean.letterInk);
    // the specks are paper now; the rule is ink but not a letter's
    for (let y = 265; y < height; y++) for (let x = 0; x < width; x++) expect(clean.image.data[y * width + x]).toBe(255);
    expect(clean.ink[240 * width + 200]).toBe(1);
    expect(clean.letterInk[240 * width + 200]).toBe(0);
    expect(clean.letterInk[35 * width + 22]).toBe(1);
  });

  it('finds a pen stroke among words, not the words nor a frame', () => {
    const width = 600;
    const height = 400;
    const mask = new Uint8Array(width * height);
    const words = [];
    // words: letters 20 px tall, read by OCR (their boxes given)
    for (let x = 40; x < 400; x += 60) {
      for (let dx = 0; dx < 50; dx += 10)
        for (let dy = 0; dy < 20; dy++) mask.fill(1, (50 + dy) * width + x + dx, (50 + dy) * width + x + dx + 7);
      words.push({ x0: x, y0: 50, x1: x + 47, y1: 69 });
    }
    // a signature: a wavy stroke 3 px thick, 200 px long, touching a word's box
    for (let x = 100; x < 300; x++) for (let t = 0; t < 3; t++) mask[(120 + Math.round(Math.sin(x / 8) * 10) + t) * width + x] = 1;
    for (let y = 66; y < 120; y++) mask[y * width + 100] = 1;
    // a frame: a box's border
    for (let x = 350; x < 550; x++) mask[250 * width + x] = mask[330 * width + x] = 1;
    for (let y = 250; y <= 330; y++) mask[y * width + 350] = mask[y * width + 549] = 1;
    const marks = findMarks(maskRuns(mask, width, height), width, height, words, 20);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.x0).toBe(100);
    expect(marks[0]!.x1).toBe(299);
  });

  it('greys RGBA by luminance, transparent pixels as paper', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 255, 0, 0, 0, 0, 0, 0, 0, 128]);
    const grey = greyFromRgba(rgba, 6, 1);
    expect(Array.from(grey.data)).toEqual([76, 150, 29, 18, 255, 127]);
  });

  it("splits ink from paper at Otsu's threshold", () => {
    const data = Uint8Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 30 + (i % 7) : 230 - (i % 5)));
    const t = otsuThreshold({ width: 1000, height: 1, data });
    expect(t).toBeGreaterThanOrEqual(36);
    expect(t).toBeLessThan(226);
  });

  it('tells the height of the small letters of a page, and nothing on a page without letters', () => {
    const page = (letters: { h: number; n: number }[]): GreyImage => {
      const width = 1200;
      const height = 1600;
      const data = new Uint8Array(width * height).fill(240);
      let x = 20;
      let y = 20;
      for (const { h, n } of letters)
        for (let k = 0; k < n; k++) {
          if (x + 40 > width) {
            x = 20;
            y += 60;
          }
          // a letter: a filled block h tall, h * 0.6 wide
          for (let dy = 0; dy < h; dy++) data.fill(20, (y + 40 - h + dy) * width + x, (y + 40 - h + dy) * width + x + Math.ceil(h * 0.6));
          x += Math.ceil(h * 0.6) + 6;
        }
      return { width, height, data };
    };
    expect(cleanPage(page([{ h: 24, n: 200 }])).letterHeight).toBe(24);
    // fine print among large text: the small letters decide when they are a fifth or more
    expect(
      cleanPage(
        page([
          { h: 30, n: 150 },
          { h: 14, n: 60 },
        ]),
      ).letterHeight,
    ).toBe(14);
    expect(cleanPage(page([{ h: 24, n: 10 }])).letterHeight).toBeUndefined();
  });
});
