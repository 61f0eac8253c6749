/**
 * The EXIF orientation (1–8) an image file declares, which the browser applies when it shows it
 * (image-orientation: from-image) while OCR reads the stored pixels: JPEG (APP1 "Exif"), PNG
 * (eXIf chunk) and WebP (EXIF chunk). Null when the file says none. Reads headers only, bounded.
 */

const SCAN_LIMIT = 1 << 20;

function tiffOrientation(b: Uint8Array, start: number): number | null {
  const little = b[start] === 0x49 && b[start + 1] === 0x49;
  const big = b[start] === 0x4d && b[start + 1] === 0x4d;
  if (!little && !big) return null;
  const u16 = (i: number) => (little ? (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) : ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
  const u32 = (i: number) => (little ? u16(i) + u16(i + 2) * 0x10000 : u16(i) * 0x10000 + u16(i + 2));
  const ifd = start + u32(start + 4);
  if (ifd + 2 > b.length) return null;
  const count = Math.min(u16(ifd), 256);
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > b.length) return null;
    if (u16(e) === 0x0112) {
      const value = u16(e + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

const be32 = (b: Uint8Array, i: number) => (((b[i] ?? 0) << 24) >>> 0) + ((b[i + 1] ?? 0) << 16) + ((b[i + 2] ?? 0) << 8) + (b[i + 3] ?? 0);
const le32 = (b: Uint8Array, i: number) => (b[i] ?? 0) + ((b[i + 1] ?? 0) << 8) + ((b[i + 2] ?? 0) << 16) + (((b[i + 3] ?? 0) << 24) >>> 0);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function jpegOrientation(b: Uint8Array): number | null {
  let at = 2;
  while (at + 4 < Math.min(b.length, SCAN_LIMIT) && b[at] === 0xff) {
    const marker = b[at + 1] ?? 0;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null; // image data: no EXIF before it
    const len = ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0);
    if (marker === 0xe1 && ascii(b, at + 4, 6) === 'Exif\0\0') return tiffOrientation(b, at + 10);
    at += 2 + len;
  }
  return null;
}

function pngOrientation(b: Uint8Array): number | null {
  let at = 8;
  while (at + 8 <= Math.min(b.length, SCAN_LIMIT)) {
    const len = be32(b, at);
    const type = ascii(b, at + 4, 4);
    if (type === 'eXIf') return tiffOrientation(b, at + 8);
    if (type === 'IDAT' || type === 'IEND') return null; // eXIf must come before the image data
    at += 12 + len;
  }
  return null;
}

function webpOrientation(b: Uint8Array): number | null {
  let at = 12;
  while (at + 8 <= Math.min(b.length, SCAN_LIMIT)) {
    const len = le32(b, at + 4);
    if (ascii(b, at, 4) === 'EXIF') {
      const start = ascii(b, at + 8, 6) === 'Exif\0\0' ? at + 14 : at + 8;
      return tiffOrientation(b, start);
    }
    at += 8 + len + (len % 2);
  }
  return null;
}

export function exifOrientationOf(bytes: Uint8Array): number | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegOrientation(bytes);
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return pngOrientation(bytes);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webpOrientation(bytes);
  return null;
}
