import { Inflate, Unzlib } from 'fflate';
import { listObjects, type RawObject } from './pdf-raw';

/**
 * Finds a flate stream that decodes past `cap` bytes before pdf.js sees the file. pdf.js keeps a
 * stream's whole decoded output in one growing buffer (a 1 MB content stream of zeros becomes
 * gigabytes), and no pdf.js option bounds it. Image streams are skipped: text extraction never
 * decodes them (maxImageSize bounds the viewer). Streams that do not inflate (encrypted, damaged)
 * are left to pdf.js, which fails on them quickly. Objects inside object streams cannot be
 * streams, so the scan of the file's top level sees every stream.
 */

const FLATE = /\/(?:FlateDecode|Fl)\b/;
const IMAGE = /\/Subtype\s*\/Image\b/;
const CHUNK = 64 * 1024;

class OverCap extends Error {}

/** The first stream object over the cap ("12 0 obj"), or null when every stream decodes within it. */
export function findOversizedStream(
  src: string,
  bytes: Uint8Array,
  cap: number,
  objects: readonly RawObject[] = listObjects(src, 0, src.length),
): string | null {
  for (const obj of objects) {
    if (!obj.isStream || !FLATE.test(obj.body) || IMAGE.test(obj.body)) continue;
    const bodyStart = src.indexOf('obj', obj.start) + 3;
    let dataStart = bodyStart + obj.body.length + 'stream'.length;
    if (src.charCodeAt(dataStart) === 0x0d) dataStart++;
    if (src.charCodeAt(dataStart) === 0x0a) dataStart++;
    const endstream = src.indexOf('endstream', dataStart);
    const dataEnd = endstream >= 0 ? endstream : Math.min(obj.end, bytes.length);
    if (inflatesPast(bytes.subarray(dataStart, dataEnd), cap)) return `${obj.num} ${obj.gen} obj`;
  }
  return null;
}

const PAGES_NODE = /\/Type\s*\/Pages\b/;
const COUNT = /\/Count\s+(\d{1,15})\b/;

/**
 * The largest page count a page-tree node in the file's top level declares (0 when none is
 * visible, e.g. inside object streams). pdf.js takes seconds to open a file of 100,000 pages
 * before it can say how many there are; this reads the number from the raw objects first.
 */
export function declaredPageCount(objects: readonly RawObject[]): number {
  let most = 0;
  for (const obj of objects) {
    if (obj.isStream || !PAGES_NODE.test(obj.body)) continue;
    const count = Number(COUNT.exec(obj.body)?.[1] ?? 0);
    if (count > most) most = count;
  }
  return most;
}

/** A zlib header (RFC 1950): deflate method, and the two bytes as a multiple of 31. PDF writers put one before the deflate data. */
function hasZlibHeader(data: Uint8Array): boolean {
  const cmf = data[0];
  const flg = data[1];
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

/**
 * The most a deflate stream can expand: a 258-byte match coded in two bits (a one-bit length
 * code and a one-bit distance code) is 1032 bytes out per byte in; nothing codes denser.
 */
const MAX_DEFLATE_RATIO = 1032;

function inflatesPast(data: Uint8Array, cap: number): boolean {
  // Too short to reach the cap whatever it holds (a page's content stream, most streams): not inflated.
  if (data.length * MAX_DEFLATE_RATIO + 258 <= cap) return false;
  let size = 0;
  const onData = (chunk: Uint8Array): void => {
    size += chunk.length;
    if (size > cap) throw new OverCap();
  };
  const inflater = hasZlibHeader(data) ? new Unzlib(onData) : new Inflate(onData);
  try {
    for (let at = 0; at < data.length; at += CHUNK)
      inflater.push(data.subarray(at, Math.min(data.length, at + CHUNK)), at + CHUNK >= data.length);
  } catch (err) {
    return err instanceof OverCap;
  }
  return false;
}
