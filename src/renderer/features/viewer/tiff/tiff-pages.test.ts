import { describe, expect, it } from 'vitest';
import { LIMITS } from '@shared/limits';
import { buildTiff } from '@test/tiff';
import { decodeTiffPage, listTiffPages } from './tiff-pages';

const buffer = (bytes: Uint8Array) => bytes.slice().buffer;

describe('multi-page TIFF', () => {
  it('lists every page with its size and decodes each to its own pixels', () => {
    const bytes = buffer(
      buildTiff([
        { width: 40, height: 30, rgb: [255, 0, 0] },
        { width: 20, height: 50, rgb: [0, 0, 255] },
        { width: 10, height: 10, rgb: [0, 255, 0] },
      ]),
    );
    const listing = listTiffPages(bytes);
    expect(listing.totalPages).toBe(3);
    expect(listing.pages.map((p) => [p.width, p.height, p.refusal])).toEqual([
      [40, 30, null],
      [20, 50, null],
      [10, 10, null],
    ]);
    const second = decodeTiffPage(bytes, 1);
    expect([second.width, second.height]).toEqual([20, 50]);
    expect([...second.rgba.slice(0, 4)]).toEqual([0, 0, 255, 255]);
    expect([...decodeTiffPage(bytes, 2).rgba.slice(0, 4)]).toEqual([0, 255, 0, 255]);
  });

  it('refuses a page over the image pixel limit by its size, before decoding it', () => {
    // A header claiming a huge page: the declared size alone decides.
    const side = Math.ceil(Math.sqrt(LIMITS.imagePixels)) + 1;
    const bytes = buildTiff([{ width: 4, height: 4, rgb: [0, 0, 0] }]);
    const view = new DataView(bytes.buffer);
    // Patch the first IFD's width and height (big-endian SHORT/LONG values written by UTIF).
    const ifd = view.getUint32(4);
    const count = view.getUint16(ifd);
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = view.getUint16(entry);
      const type = view.getUint16(entry + 2);
      if (tag !== 256 && tag !== 257) continue;
      if (type === 3) view.setUint16(entry + 8, Math.min(side, 65535));
      else view.setUint32(entry + 8, side);
    }
    const listing = listTiffPages(buffer(bytes));
    expect(listing.pages[0]?.refusal).toMatch(/^too large to read: .* pixels, over the 50-megapixel limit$/);
    expect(() => decodeTiffPage(buffer(bytes), 0)).toThrow(/over the 50-megapixel limit/);
  });

  it('names a page that declares no size instead of drawing nothing', () => {
    const empty = buffer(new Uint8Array([0x49, 0x49, 42, 0, 8, 0, 0, 0, 0, 0, 0, 0]));
    expect(listTiffPages(empty).pages[0]?.refusal).toBe('the page declares no size');
    expect(() => decodeTiffPage(empty, 0)).toThrow('the page declares no size');
  });
});
