/**
 * Small decoders for PDF syntax read straight from the file's bytes (signature dictionaries are
 * found that way because pdf.js does not expose them).
 */

/** Decodes the bytes of a PDF text string: UTF-16BE/LE or UTF-8 by BOM, else UTF-8 if valid, else PDFDocEncoding (~Latin-1). */
export function decodePdfTextBytes(raw: Uint8Array): string {
  if (raw[0] === 0xfe && raw[1] === 0xff) return new TextDecoder('utf-16be').decode(raw.subarray(2));
  if (raw[0] === 0xff && raw[1] === 0xfe) return new TextDecoder('utf-16le').decode(raw.subarray(2));
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) return new TextDecoder('utf-8').decode(raw.subarray(3));
  // Some writers (seen from Okular) put bare UTF-8 in /Name; strict decoding tells it from Latin-1.
  if (raw.some((b) => b >= 0x80)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      // not UTF-8: fall through to PDFDocEncoding
    }
  }
  let s = '';
  for (const b of raw) s += String.fromCharCode(b);
  return s;
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

/**
 * Reads a literal string `( ... )` starting at `start` (the "(") of a Latin-1 view of the file.
 * Returns the raw bytes, or undefined when unbalanced within `maxLen`.
 */
export function readLiteralString(src: string, start: number, maxLen = 65536): Uint8Array | undefined {
  const out: number[] = [];
  let depth = 0;
  const end = Math.min(src.length, start + maxLen);
  for (let i = start; i < end; i++) {
    const c = src[i] ?? '';
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      if (next in ESCAPES) {
        out.push(ESCAPES[next] ?? 0);
        i++;
      } else if (/[0-7]/.test(next)) {
        const oct = /^[0-7]{1,3}/.exec(src.slice(i + 1, i + 4))?.[0] ?? '0';
        out.push(parseInt(oct, 8) & 0xff);
        i += oct.length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && src[i + 2] === '\n' ? 2 : 1;
      } else {
        i++;
        out.push(next.charCodeAt(0));
      }
      continue;
    }
    if (c === '(') {
      depth++;
      if (depth === 1) continue;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return Uint8Array.from(out);
    }
    out.push(c.charCodeAt(0) & 0xff);
  }
  return undefined;
}

export function hexToBytes(hex: string): Uint8Array {
  const clean = hex.replace(/[^0-9a-fA-F]/g, '');
  const even = clean.length % 2 === 0 ? clean : `${clean}0`;
  const out = new Uint8Array(even.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(even.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Value of `/Key (string)` or `/Key <hex>` in a dictionary's source text, decoded. */
export function readStringEntry(dict: string, key: string): string | undefined {
  const m = new RegExp(`/${key}\\s*([(<])`).exec(dict);
  if (!m) return undefined;
  const at = m.index + m[0].length - 1;
  if (m[1] === '<') {
    const close = dict.indexOf('>', at);
    if (close < 0) return undefined;
    return decodePdfTextBytes(hexToBytes(dict.slice(at + 1, close)));
  }
  const raw = readLiteralString(dict, at);
  return raw ? decodePdfTextBytes(raw) : undefined;
}

/** Value of `/Key /Name`. */
export function readNameEntry(dict: string, key: string): string | undefined {
  return new RegExp(`/${key}\\s*/([^\\s/<>\\[\\]()]+)`).exec(dict)?.[1];
}

/**
 * PDF date "D:YYYYMMDDHHmmSSOHH'mm'" to ISO 8601 (UTC). Missing parts default as the spec says;
 * no zone means local time of the writer, which we cannot know: read as UTC.
 */
export function pdfDateToIso(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*([Zz+-])?\s*(\d{2})?'?(\d{2})?'?/.exec(value.trim());
  if (!m) return undefined;
  const n = (s: string | undefined, d: number) => (s === undefined ? d : Number(s));
  const [year, month, day, hour, minute, second] = [n(m[1], 0), n(m[2], 1), n(m[3], 1), n(m[4], 0), n(m[5], 0), n(m[6], 0)];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const sign = m[7];
  if (sign === '+' || sign === '-') {
    const offset = (n(m[8], 0) * 60 + n(m[9], 0)) * 60_000;
    ms += sign === '+' ? -offset : offset;
  }
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * One char per byte (true Latin-1, unlike TextDecoder('latin1'), which is windows-1252). The
 * bytes are handed to fromCharCode with apply, not spread: spreading a typed array walks its
 * iterator, which made this about ten times slower (every PDF is converted once).
 */
export function bytesToLatin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 0x2000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}
