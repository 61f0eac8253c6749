/**
 * Turns manifest bytes into text without platform decoders (src/shared has no TextDecoder).
 * Partner Center and Excel write CSV as UTF-8 with or without a BOM, as UTF-16 with a BOM
 * ("Unicode text"), or as Windows-1252 ("CSV" on Windows): all are read.
 */

// Windows-1252 0x80..0x9F; the rest of the 0x80..0xFF range is Latin-1.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes manifest bytes: UTF-8 BOM, UTF-16 LE/BE BOM, BOM-less UTF-16 (NUL pattern), else
 * UTF-8, and Windows-1252 when the bytes are not valid UTF-8. The BOM is never part of the text.
 */
export function decodeManifestBytes(bytes: Uint8Array): string {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeUtf8(bytes.subarray(3)) ?? decodeCp1252(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes.subarray(2), true);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes.subarray(2), false);
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return decodeUtf16(bytes, true);
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return decodeUtf16(bytes, false);
  return decodeUtf8(bytes) ?? decodeCp1252(bytes);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = bytes.length >> 1;
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < units; start += CHUNK) {
    const end = Math.min(units, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let u = start; u < end; u++) {
      const lo = bytes[2 * u]!;
      const hi = bytes[2 * u + 1]!;
      codes[u - start] = littleEndian ? lo | (hi << 8) : (lo << 8) | hi;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  if (bytes.length % 2 === 1) chunks.push('\ufffd');
  return chunks.join('');
}

/** Strict UTF-8: null on any invalid sequence (so the caller can try Windows-1252). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const chunks: string[] = [];
  let codes: number[] = [];
  const flush = (): void => {
    chunks.push(String.fromCharCode(...codes));
    codes = [];
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let cp: number;
    let need: number;
    if (b < 0x80) {
      cp = b;
      need = 0;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      need = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      need = 3;
    } else return null;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      codes.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else codes.push(cp);
    i += need + 1;
    if (codes.length >= 8192) flush();
  }
  flush();
  return chunks.join('');
}

function decodeCp1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const slice = bytes.subarray(start, start + 8192);
    chunks.push(String.fromCharCode(...Array.from(slice, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b))));
  }
  return chunks.join('');
}
