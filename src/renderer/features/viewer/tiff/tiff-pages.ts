import * as utif from 'utif2';

// utif2 is CommonJS: bundlers give its exports, Node's ESM loader puts them under `default`.
const UTIF = (utif as { default?: typeof utif }).default ?? utif;
import { pixelLimitMessage } from '@readers/image-reader';
import { LIMITS } from '@shared/limits';

/** One page of a TIFF as listed before decoding: its size, or why it is not shown. */
export interface TiffPageInfo {
  width: number;
  height: number;
  /** Set when the page is not decoded (too many pixels, no size). */
  refusal: string | null;
}

export interface TiffListing {
  pages: TiffPageInfo[];
  /** Pages in the file, including those past LIMITS.imagePages. */
  totalPages: number;
}

function first(value: unknown): number {
  return Array.isArray(value) && typeof value[0] === 'number' ? value[0] : 0;
}

/** Full-resolution images only: reduced-resolution copies (NewSubfileType bit 0) are thumbnails of a page. */
function isPage(ifd: utif.IFD): boolean {
  return (first(ifd['t254']) & 1) === 0;
}

function listIfds(bytes: ArrayBuffer): utif.IFD[] {
  return UTIF.decode(bytes).filter(isPage);
}

function pageInfo(ifd: utif.IFD): TiffPageInfo {
  const width = first(ifd['t256']);
  const height = first(ifd['t257']);
  if (width <= 0 || height <= 0) return { width: 1, height: 1, refusal: 'the page declares no size' };
  if (width * height > LIMITS.imagePixels) return { width, height, refusal: pixelLimitMessage(width, height) };
  return { width, height, refusal: null };
}

/** The pages of a TIFF (at most LIMITS.imagePages), with their sizes, without decoding pixels. */
export function listTiffPages(bytes: ArrayBuffer): TiffListing {
  const ifds = listIfds(bytes);
  if (ifds.length === 0) throw new Error('no image in the file');
  return { pages: ifds.slice(0, LIMITS.imagePages).map(pageInfo), totalPages: ifds.length };
}

/** Page `index` (0-based) as RGBA pixels; refuses pages over LIMITS.imagePixels. */
export function decodeTiffPage(bytes: ArrayBuffer, index: number): { width: number; height: number; rgba: Uint8Array } {
  const ifd = listIfds(bytes)[index];
  if (!ifd) throw new Error(`page ${index + 1} is not in the file`);
  const info = pageInfo(ifd);
  if (info.refusal) throw new Error(info.refusal);
  UTIF.decodeImage(bytes, ifd);
  const rgba = UTIF.toRGBA8(ifd);
  if (rgba.length < info.width * info.height * 4) throw new Error('the image data is incomplete');
  return { width: info.width, height: info.height, rgba };
}
