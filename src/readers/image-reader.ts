import { Unzlib } from 'fflate';
import { LIMITS } from '@shared/limits';
import type { DocumentPart, ExtractedDocument } from '@shared/documents/types';
import { greyFromRgba, type GreyImage } from '@shared/documents/ocr-image';
import { emptyDocument, errorMessage, loadReaderModule, type ReaderContext } from './reader-context';
import { ocrCacheKey, ocrExclusive, ocrPage, ocrWithin, unreadPart, type OcrEngine } from './ocr';
import { sniff } from './sniff';

/**
 * Images: dimensions from the headers, plus the damage we can detect cheaply: a missing end
 * marker (truncation) and, for PNG, a broken zlib stream (inflated chunk by chunk and thrown
 * away, so memory stays small). An image declaring more than LIMITS.imagePixels is refused
 * before any of its data is inflated: a viewer would have to decode it whole (50,000 × 50,000
 * pixels is 10 GB of RGBA). Where the platform has OCR, an image within the limit is then
 * decoded (TIFF here, page by page; the rest by the platform's codecs) and read (readers/ocr.ts).
 */

/** Compressed bytes handed to the inflater at once: deflate's best ratio (~1032:1) keeps each output chunk near 4 MB. */
const INFLATE_STEP = 4 * 1024;

type Format = 'png' | 'jpeg' | 'gif' | 'tiff' | 'webp';
interface ImageFacts {
  width?: number;
  height?: number;
  problem?: string;
  /** A PNG's image data, still to be checked by inflating it (readImage does, with the platform's zlib). */
  inflate?: { idat: Uint8Array[]; limit: number };
}

const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const le16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const be32 = (b: Uint8Array, i: number) => be16(b, i) * 0x10000 + be16(b, i + 2);
const le32 = (b: Uint8Array, i: number) => le16(b, i) + le16(b, i + 2) * 0x10000;
const le24 = (b: Uint8Array, i: number) => le16(b, i) + (b[i + 2] ?? 0) * 0x10000;
const tag = (b: Uint8Array, i: number) => String.fromCharCode(b[i] ?? 0, b[i + 1] ?? 0, b[i + 2] ?? 0, b[i + 3] ?? 0);

function checkZlib(idat: Uint8Array[], limit: number): string | undefined {
  let seen = 0;
  let finished = false;
  const inflater = new Unzlib((chunk, final) => {
    seen += chunk.length;
    if (final) finished = true;
  });
  try {
    for (const [i, part] of idat.entries()) {
      const last = i === idat.length - 1;
      let at = 0;
      do {
        const end = Math.min(part.length, at + INFLATE_STEP);
        inflater.push(part.subarray(at, end), last && end === part.length);
        if (seen > limit) return undefined; // more pixels than the header needs: stop checking
        at = end;
      } while (at < part.length);
    }
  } catch (err) {
    return `image data is damaged (${err instanceof Error ? err.message : String(err)})`;
  }
  return finished ? undefined : 'image data ends early';
}

/**
 * The same check through the platform's own zlib (DecompressionStream: Node and browsers), where
 * there is one: a scanned page's PNG inflates to tens of MB, which JavaScript's inflate takes a
 * good part of a second for. Output is counted and dropped as it comes.
 */
async function checkZlibNative(idat: Uint8Array[], limit: number): Promise<string | undefined> {
  if (typeof DecompressionStream !== 'function') return checkZlib(idat, limit);
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let seen = 0;
  let enough = false;
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      seen += value.byteLength;
      if (seen > limit) {
        enough = true; // more pixels than the header needs: stop checking
        await reader.cancel();
        return;
      }
    }
  })();
  let failure: unknown;
  let written = false;
  try {
    for (const part of idat) {
      if (enough) break;
      await writer.write(part as Uint8Array<ArrayBuffer>);
    }
    written = true;
    if (!enough) await writer.close();
  } catch (err) {
    failure = err;
  }
  try {
    await reading;
  } catch (err) {
    failure ??= err;
  }
  if (enough || failure === undefined) return undefined;
  const message = errorMessage(failure);
  // The input ran out before the stream's end: Node says "unexpected end of file", browsers "truncated".
  if (written && /end of file|truncated/i.test(message)) return 'image data ends early';
  return `image data is damaged (${message})`;
}

function png(b: Uint8Array): ImageFacts {
  const facts: ImageFacts = { width: be32(b, 16), height: be32(b, 20) };
  const idat: Uint8Array[] = [];
  let at = 8;
  let sawEnd = false;
  while (at + 8 <= b.length) {
    const len = be32(b, at);
    const type = tag(b, at + 4);
    if (at + 12 + len > b.length) break;
    if (type === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + len));
    if (type === 'IEND') {
      sawEnd = true;
      break;
    }
    at += 12 + len;
  }
  if (tooManyPixels(facts)) return facts;
  if (!sawEnd) facts.problem = 'truncated PNG (no IEND chunk)';
  else if (idat.length === 0) facts.problem = 'PNG without image data';
  else {
    const rowBytes = (facts.width ?? 0) * 8 + 1; // upper bound: 8 bytes per pixel (RGBA 16-bit)
    facts.inflate = { idat, limit: rowBytes * (facts.height ?? 0) };
  }
  return facts;
}

function jpeg(b: Uint8Array): ImageFacts {
  const facts: ImageFacts = {};
  let at = 2;
  while (at + 9 < b.length && b[at] === 0xff) {
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const len = be16(b, at + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      facts.height = be16(b, at + 5);
      facts.width = be16(b, at + 7);
      break;
    }
    at += 2 + len;
  }
  let end = b.length;
  while (end > 2 && (b[end - 1] === 0x00 || b[end - 1] === 0x0a || b[end - 1] === 0x0d)) end--;
  if (!(b[end - 2] === 0xff && b[end - 1] === 0xd9)) facts.problem = 'truncated JPEG (no end-of-image marker)';
  if (facts.width === undefined) facts.problem = 'JPEG without a frame header';
  return facts;
}

function gif(b: Uint8Array): ImageFacts {
  const facts: ImageFacts = { width: le16(b, 6), height: le16(b, 8) };
  if (b[b.length - 1] !== 0x3b) facts.problem = 'truncated GIF (no trailer)';
  return facts;
}

function tiff(b: Uint8Array): ImageFacts {
  const little = b[0] === 0x49;
  const u16 = (i: number) => (little ? le16(b, i) : be16(b, i));
  const u32 = (i: number) => (little ? le32(b, i) : be32(b, i));
  const ifd = u32(4);
  if (ifd + 2 > b.length) return { problem: 'truncated TIFF (first directory missing)' };
  const facts: ImageFacts = {};
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const e = ifd + 2 + i * 12;
    if (e + 12 > b.length) return { ...facts, problem: 'truncated TIFF directory' };
    const id = u16(e);
    const value = u16(e + 2) === 3 ? u16(e + 8) : u32(e + 8);
    if (id === 256) facts.width = value;
    if (id === 257) facts.height = value;
  }
  return facts;
}

function webp(b: Uint8Array): ImageFacts {
  const chunk = tag(b, 12);
  if (chunk === 'VP8X') return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  if (chunk === 'VP8 ') return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = le32(b, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return { problem: 'unknown WebP chunk' };
}

const PARSERS: Record<Format, (b: Uint8Array) => ImageFacts> = { png, jpeg, gif, tiff, webp };

function tooManyPixels(facts: ImageFacts): boolean {
  return (facts.width ?? 0) * (facts.height ?? 0) > LIMITS.imagePixels;
}

/** "too large to read: 50,000 × 50,000 pixels, over the 50-megapixel limit": the one wording, in the readers and the viewer. */
export function pixelLimitMessage(width: number, height: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `too large to read: ${n(width)} × ${n(height)} pixels, over the ${n(LIMITS.imagePixels / 1_000_000)}-megapixel limit`;
}

export async function readImage(path: string, bytes: Uint8Array, format: Format, ctx?: ReaderContext): Promise<ExtractedDocument> {
  const facts = PARSERS[format](bytes);
  if (facts.inflate && !tooManyPixels(facts)) facts.problem = await checkZlibNative(facts.inflate.idat, facts.inflate.limit);
  const doc = tooManyPixels(facts)
    ? emptyDocument(path, 'image', 'refused', pixelLimitMessage(facts.width ?? 0, facts.height ?? 0))
    : emptyDocument(path, 'image', facts.problem ? 'corrupt' : 'ok', facts.problem);
  doc.image = { format };
  if (facts.width) doc.image.width = facts.width;
  if (facts.height) doc.image.height = facts.height;
  doc.parts = [{ part: 'image', text: '', hasTextLayer: false }];
  doc.pageCount = 1;
  const engine = ctx?.env.ocr;
  if (!ctx || !engine || doc.state !== 'ok') return doc;
  doc.parts = await ocrImageParts(engine, bytes, format, ctx);
  if (doc.parts.length > 1) doc.pageCount = doc.parts.length;
  return doc;
}

/**
 * The viewer's check before it hands an image to the browser (which decodes it whole): the same
 * header reading and limit as the readers. The message when the image declares too many pixels,
 * else null.
 */
export function imagePixelRefusal(bytes: Uint8Array): string | null {
  const type = sniff(bytes.subarray(0, 4096));
  if (type.kind !== 'image') return null;
  const facts = type.format === 'png' ? { width: be32(bytes, 16), height: be32(bytes, 20) } : PARSERS[type.format](bytes);
  return tooManyPixels(facts) ? pixelLimitMessage(facts.width ?? 0, facts.height ?? 0) : null;
}

/** Image resolution: the file's own where it says (PNG pHYs, JPEG JFIF), else a letter/A4 page's width. */
function dpiOf(bytes: Uint8Array, format: Format, width: number): number {
  let dpi = 0;
  if (format === 'png') {
    for (let at = 8; at + 8 <= bytes.length && at < 1_000_000;) {
      const len = be32(bytes, at);
      const type = tag(bytes, at + 4);
      if (type === 'pHYs' && bytes[at + 16] === 1) dpi = Math.round(be32(bytes, at + 8) * 0.0254);
      if (type === 'IDAT' || type === 'IEND') break;
      at += 12 + len;
    }
  } else if (format === 'jpeg' && tag(bytes, 6) === 'JFIF' && bytes[13] === 1) dpi = be16(bytes, 14);
  // A page is about 8.3–8.5 inches wide: an image without a (plausible) resolution is taken as one.
  const guess = Math.max(72, Math.round(width / 8.4));
  return dpi >= 72 && dpi <= 1200 && Math.abs(dpi - guess) / guess < 0.6 ? dpi : guess;
}

interface UtifIfd {
  width: number;
  height: number;
  [tag: string]: unknown;
}
interface Utif {
  decode(buffer: ArrayBuffer): UtifIfd[];
  decodeImage(buffer: ArrayBuffer, ifd: UtifIfd): void;
  toRGBA8(ifd: UtifIfd): Uint8Array;
}

/** TIFF pages (a fax or a scanner's multi-page file) as grey images, at most LIMITS.ocrPages. */
async function tiffPages(bytes: Uint8Array): Promise<{ pages: GreyImage[]; total: number }> {
  const mod = await loadReaderModule('TIFF', () => import('utif2'));
  const utif = ((mod as { default?: unknown }).default ?? mod) as Utif;
  const buffer = bytes.slice().buffer;
  const ifds = utif.decode(buffer).filter((d) => d.t256 !== undefined);
  const pages: GreyImage[] = [];
  for (const ifd of ifds.slice(0, LIMITS.ocrPages)) {
    const w = Number((ifd.t256 as number[] | undefined)?.[0] ?? 0);
    const h = Number((ifd.t257 as number[] | undefined)?.[0] ?? 0);
    if (w * h > LIMITS.imagePixels || w * h === 0) throw new Error(`a TIFF page of ${w} x ${h} pixels`);
    utif.decodeImage(buffer, ifd);
    pages.push(greyFromRgba(utif.toRGBA8(ifd), ifd.width, ifd.height));
  }
  return { pages, total: ifds.length };
}

async function ocrImageParts(engine: OcrEngine, bytes: Uint8Array, format: Format, ctx: ReaderContext): Promise<DocumentPart[]> {
  const languages = ctx.ocrLanguages;
  const key = ctx.sha256 ? ocrCacheKey(ctx.sha256, languages, engine) : undefined;
  return ocrExclusive(engine, key, () => readImageParts(engine, bytes, format, ctx, key));
}

async function readImageParts(
  engine: OcrEngine,
  bytes: Uint8Array,
  format: Format,
  ctx: ReaderContext,
  key: string | undefined,
): Promise<DocumentPart[]> {
  const languages = ctx.ocrLanguages;
  const cached = key ? await engine.cache?.get(key).catch(() => undefined) : undefined;
  if (cached && Object.keys(cached.parts).length > 0) return Object.values(cached.parts);
  let pages: GreyImage[];
  let total = 1;
  try {
    if (format === 'tiff') ({ pages, total } = await tiffPages(bytes));
    else pages = [await engine.decodeImage(bytes, format)];
  } catch (err) {
    return [
      unreadPart(
        { part: 'image' },
        'failed',
        `the image could not be decoded for OCR: ${err instanceof Error ? err.message : String(err)}`,
      ),
    ];
  }
  const parts: DocumentPart[] = [];
  for (const [i, grey] of pages.entries()) {
    const where = pages.length > 1 ? { page: i + 1, part: 'image' } : { part: 'image' };
    parts.push(
      await ocrWithin(engine, ctx.ocrBudget, where, () => ocrPage(engine, grey, dpiOf(bytes, format, grey.width), languages, where)),
    );
  }
  if (total > pages.length)
    for (let n = pages.length + 1; n <= Math.min(total, LIMITS.pdfTextPages); n++)
      parts.push(unreadPart({ page: n, part: 'image' }, 'skipped', `only the first ${LIMITS.ocrPages} pages are read by OCR`));
  if (key && engine.cache && parts.every((p) => p.ocr?.state === 'done'))
    await engine.cache.put(key, { parts: Object.fromEntries(parts.map((p, i) => [`image:${i + 1}`, p])) }).catch(() => undefined);
  return parts;
}
