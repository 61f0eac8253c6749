import { Inflate } from 'fflate';
import { entryDataOffset, readCentralDirectory, type CentralEntry } from './central-directory';

/**
 * Zip safety for partners' .docx/.xlsx and queue .zip files (RELIABILITY 15): refuse by the
 * central directory's declared sizes, ratio, entry count and entry names before inflating
 * anything, then enforce the real sizes while inflating (declared sizes can lie).
 */

export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  maxEntryUncompressed: number;
  /** Uncompressed/compressed; applied to the archive as a whole and to entries over 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 256 * 1024 * 1024,
  maxEntryUncompressed: 128 * 1024 * 1024,
  maxRatio: 200,
};

/** Why a zip was refused: damaged (truncated, bad data), over a limit, an unsafe name, or a format we do not read. */
export type ZipRefusalKind = 'damaged' | 'limit' | 'unsafe-name' | 'unsupported';

export class ZipRefusedError extends Error {
  override name = 'ZipRefusedError';
  constructor(
    message: string,
    readonly kind: ZipRefusalKind = 'limit',
  ) {
    super(message);
  }
}

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  isDirectory: boolean;
}

/** Small entries (XML full of repeated tags) legitimately compress very well. */
const RATIO_MIN_ENTRY = 1024 * 1024;
const INFLATE_CHUNK = 16 * 1024;

/** Why a name is unsafe to use as a path, or undefined when it is fine. */
export function unsafeEntryNameReason(name: string): string | undefined {
  if (name.length === 0) return 'empty entry name';
  if (name.includes('\0')) return 'NUL in entry name';
  if (name.includes('\\')) return 'backslash in entry name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute entry name';
  if (name.split('/').some((segment) => segment === '..')) return '"../" in entry name';
  return undefined;
}

function refuse(reason: string, kind: ZipRefusalKind = 'limit'): never {
  throw new ZipRefusedError(`zip refused: ${reason}`, kind);
}

function resolveLimits(limits?: Partial<ZipLimits>): ZipLimits {
  return { ...DEFAULT_ZIP_LIMITS, ...limits };
}

function checkedEntries(bytes: Uint8Array, limits: ZipLimits): CentralEntry[] {
  let entries: CentralEntry[];
  try {
    entries = readCentralDirectory(bytes, limits.maxEntries);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    refuse(message, /too many entries/.test(message) ? 'limit' : /ZIP64/.test(message) ? 'unsupported' : 'damaged');
  }
  let total = 0;
  let totalCompressed = 0;
  for (const e of entries) {
    const bad = unsafeEntryNameReason(e.name);
    if (bad) refuse(`${bad}: ${JSON.stringify(e.name)}`, 'unsafe-name');
    if (e.uncompressedSize > limits.maxEntryUncompressed) {
      refuse(`entry "${e.name}" declares ${e.uncompressedSize} bytes (limit ${limits.maxEntryUncompressed})`);
    }
    if (e.uncompressedSize > RATIO_MIN_ENTRY && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)) {
      refuse(`entry "${e.name}" expands more than ${limits.maxRatio}x`);
    }
    total += e.uncompressedSize;
    totalCompressed += e.compressedSize;
  }
  if (total > limits.maxTotalUncompressed) refuse(`archive declares ${total} bytes uncompressed (limit ${limits.maxTotalUncompressed})`);
  if (total > RATIO_MIN_ENTRY && total > limits.maxRatio * Math.max(1, totalCompressed)) {
    refuse(`archive expands more than ${limits.maxRatio}x`);
  }
  return entries;
}

/** Lists the entries from the central directory only; throws ZipRefusedError when unsafe. */
export function inspectZip(bytes: Uint8Array, limits?: Partial<ZipLimits>): ZipEntryInfo[] {
  return checkedEntries(bytes, resolveLimits(limits)).map((e) => ({
    name: e.name,
    compressedSize: e.compressedSize,
    uncompressedSize: e.uncompressedSize,
    isDirectory: e.name.endsWith('/'),
  }));
}

/** Inflates one entry, stopping as soon as the output passes `cap` bytes. */
function inflateEntry(data: Uint8Array, entry: CentralEntry, cap: number): Uint8Array {
  if (entry.method === 0) {
    if (data.length > cap) refuse(`entry "${entry.name}" is larger than allowed`);
    return data.slice();
  }
  if (entry.method !== 8) refuse(`entry "${entry.name}" uses unsupported compression method ${entry.method}`, 'unsupported');
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > cap) refuse(`entry "${entry.name}" inflates past its declared or allowed size`);
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
      const end = Math.min(data.length, at + INFLATE_CHUNK);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ZipRefusedError) throw err;
    refuse(`entry "${entry.name}" has damaged compressed data (${err instanceof Error ? err.message : String(err)})`, 'damaged');
  }
  if (!done) refuse(`entry "${entry.name}" has truncated compressed data`, 'damaged');
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Inflates the accepted entries (directories skipped; `filter` picks by name). Refuses the
 * whole archive on any unsafe entry, encrypted entry, damaged data or size overrun.
 */
export function safeUnzip(bytes: Uint8Array, limits?: Partial<ZipLimits>, filter?: (name: string) => boolean): Map<string, Uint8Array> {
  const lim = resolveLimits(limits);
  const entries = checkedEntries(bytes, lim);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') || (filter && !filter(entry.name))) continue;
    if ((entry.flags & 1) !== 0) refuse(`entry "${entry.name}" is encrypted`, 'unsupported');
    let start: number;
    try {
      start = entryDataOffset(bytes, entry);
    } catch (err) {
      refuse(err instanceof Error ? err.message : String(err), 'damaged');
    }
    const cap = Math.min(entry.uncompressedSize, lim.maxEntryUncompressed, lim.maxTotalUncompressed - total);
    const data = inflateEntry(bytes.subarray(start, start + entry.compressedSize), entry, cap);
    total += data.length;
    out.set(entry.name, data);
  }
  return out;
}
