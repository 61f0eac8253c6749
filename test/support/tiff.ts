import * as utif from 'utif2';

// utif2 is CommonJS: bundlers give its exports, Node's ESM loader puts them under `default`.
const UTIF = (utif as { default?: typeof utif }).default ?? utif;

export interface TiffPageSpec {
  width: number;
  height: number;
  /** Fill colour. */
  rgb: readonly [number, number, number];
  /** A darker band across the middle third, so a painted page shows ink. */
  band?: boolean;
  /** The page's own pixels, RGBA row by row (alpha dropped), instead of the fill. */
  rgba?: Uint8Array;
}

/** A multi-page, uncompressed RGB TIFF: one image file directory per page. */
export function buildTiff(pages: readonly TiffPageSpec[]): Uint8Array {
  const DATA_AT = 20_000;
  const offsets: number[] = [];
  let at = DATA_AT;
  for (const p of pages) {
    offsets.push(at);
    at += p.width * p.height * 3;
  }
  const ifds = pages.map((p, i) => ({
    t256: [p.width],
    t257: [p.height],
    t258: [8, 8, 8],
    t259: [1],
    t262: [2],
    t273: [offsets[i] ?? 0],
    t277: [3],
    t278: [p.height],
    t279: [p.width * p.height * 3],
    t284: [1],
  }));
  const head = new Uint8Array(UTIF.encode(ifds as unknown as utif.IFD[]));
  if (head.length > DATA_AT) throw new Error('too many pages for the header space');
  const out = new Uint8Array(at);
  out.set(head, 0);
  pages.forEach((p, i) => {
    let o = offsets[i] ?? 0;
    if (p.rgba) {
      for (let px = 0; px < p.width * p.height; px++) for (let c = 0; c < 3; c++) out[o++] = p.rgba[px * 4 + c] ?? 255;
      return;
    }
    for (let y = 0; y < p.height; y++) {
      const dark = p.band === true && y > p.height / 3 && y < (2 * p.height) / 3;
      for (let x = 0; x < p.width; x++) {
        out[o++] = dark ? 20 : p.rgb[0];
        out[o++] = dark ? 20 : p.rgb[1];
        out[o++] = dark ? 20 : p.rgb[2];
      }
    }
  });
  return out;
}
