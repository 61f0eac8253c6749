import { Inflate } from 'fflate';
import { LIMITS } from '../limits';
import {
  EOCD64_BYTES,
  LOCAL_HEADER_BYTES,
  ZIP_TAIL_BYTES,
  entryDataStart,
  parseCentralDirectory,
  readZipEnd,
  type CentralEntry,
  type ZipEnd,
} from './central-directory';

/**
 * Zip safety for partners' .docx/.xlsx and queue .zip files (RELIABILITY 15): refuse by the
 * central directory (declared sizes, ratio, entry count, entry names, duplicate names, local
 * records out of order or overlapping) before inflating anything, then enforce the real sizes
 * while inflating (declared sizes can lie), and the ratio again on the bytes actually inflated.
 */

export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  maxEntryUncompressed: number;
  /** Uncompressed/compressed; applied to the archive as a whole and to entries over LIMITS.zipRatioMinBytes. */
  maxRatio: number;
}

/** For .docx / .xlsx (and any zip but a queue): everything is inflated, so the total is bounded. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: LIMITS.officeZipEntries,
  maxTotalUncompressed: LIMITS.officeZipInflatedBytes,
  maxEntryUncompressed: LIMITS.documentBytes,
  maxRatio: LIMITS.zipRatio,
};

/** For queue .zip files: entries are inflated one at a time when read, so only the ratio bounds the total. */
export const QUEUE_ZIP_LIMITS: ZipLimits = {
  maxEntries: LIMITS.queueFiles,
  maxTotalUncompressed: Number.MAX_SAFE_INTEGER,
  maxEntryUncompressed: LIMITS.documentBytes,
  maxRatio: LIMITS.zipRatio,
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

/** Random access to a zip's bytes: a file handle in Node, File.slice in a browser, or bytes in memory. */
export interface RandomAccess {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A checked archive whose entries are inflated one at a time, when read. */
export interface ZipArchive {
  entries: readonly ZipEntryInfo[];
  /** Inflates one entry (by exact name); rejects with ZipRefusedError when it is unsafe, damaged or over a limit. */
  read(name: string): Promise<Uint8Array>;
}

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

function refusalKindOf(message: string): ZipRefusalKind {
  if (/too many entries/.test(message)) return 'limit';
  if (/duplicate entry/.test(message)) return 'unsafe-name';
  return 'damaged';
}

function structural<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ZipRefusedError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    refuse(message, refusalKindOf(message));
  }
}

function checkDeclared(entries: readonly CentralEntry[], limits: ZipLimits): void {
  let total = 0;
  let totalCompressed = 0;
  for (const e of entries) {
    const bad = unsafeEntryNameReason(e.name);
    if (bad) refuse(`${bad}: ${JSON.stringify(e.name)}`, 'unsafe-name');
    if (e.uncompressedSize > limits.maxEntryUncompressed) {
      refuse(`entry "${e.name}" declares ${e.uncompressedSize} bytes (limit ${limits.maxEntryUncompressed})`);
    }
    if (e.uncompressedSize > LIMITS.zipRatioMinBytes && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)) {
      refuse(`entry "${e.name}" expands more than ${limits.maxRatio}x`);
    }
    total += e.uncompressedSize;
    totalCompressed += e.compressedSize;
  }
  if (total > limits.maxTotalUncompressed) refuse(`archive declares ${total} bytes uncompressed (limit ${limits.maxTotalUncompressed})`);
  if (total > LIMITS.zipRatioMinBytes && total > limits.maxRatio * Math.max(1, totalCompressed)) {
    refuse(`archive expands more than ${limits.maxRatio}x`);
  }
}

function info(e: CentralEntry): ZipEntryInfo {
  return { name: e.name, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize, isDirectory: e.name.endsWith('/') };
}

/** Counts what is really inflated: the ratio holds on actual bytes, whatever the directory says. */
function inflationBudget(archiveBytes: number, limits: ZipLimits): (entry: CentralEntry, produced: number) => number {
  let total = 0;
  return (entry, produced) => {
    total += produced;
    if (total > limits.maxTotalUncompressed) refuse(`archive inflates past ${limits.maxTotalUncompressed} bytes (at "${entry.name}")`);
    if (total > LIMITS.zipRatioMinBytes && total > limits.maxRatio * Math.max(1, archiveBytes)) {
      refuse(`archive inflates more than ${limits.maxRatio}x its size (at "${entry.name}")`);
    }
    return limits.maxTotalUncompressed - total;
  };
}

function readEntriesFromBytes(bytes: Uint8Array, limits: ZipLimits): CentralEntry[] {
  return structural(() => {
    const tailOffset = Math.max(0, bytes.length - ZIP_TAIL_BYTES);
    const found = readZipEnd(bytes.subarray(tailOffset), tailOffset);
    const end: ZipEnd = 'end' in found ? found.end : found.finish(bytes.subarray(found.eocd64Offset, found.eocd64Offset + EOCD64_BYTES));
    if (end.cdOffset + end.cdSize > bytes.length) throw new Error('central directory lies outside the file (truncated zip)');
    return parseCentralDirectory(bytes.subarray(end.cdOffset, end.cdOffset + end.cdSize), end, limits.maxEntries);
  });
}

/** Lists the entries from the central directory only; throws ZipRefusedError when unsafe. */
export function inspectZip(bytes: Uint8Array, limits?: Partial<ZipLimits>): ZipEntryInfo[] {
  const lim = resolveLimits(limits);
  const entries = readEntriesFromBytes(bytes, lim);
  checkDeclared(entries, lim);
  return entries.map(info);
}

/** Inflates one entry, stopping as soon as the output passes `cap` bytes. */
function inflateEntry(data: Uint8Array, entry: CentralEntry, cap: number, head = Infinity): Uint8Array {
  if ((entry.flags & 1) !== 0) refuse(`entry "${entry.name}" is encrypted`, 'unsupported');
  if (entry.method === 0) {
    if (data.length > cap) refuse(`entry "${entry.name}" is larger than allowed`);
    return data.slice(0, Math.min(data.length, head));
  }
  if (entry.method !== 8) refuse(`entry "${entry.name}" uses unsupported compression method ${entry.method}`, 'unsupported');
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (size >= head) return;
    size += chunk.length;
    if (size > cap) refuse(`entry "${entry.name}" inflates past its declared or allowed size`);
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let at = 0; at < data.length && size < head; at += INFLATE_CHUNK) {
      const end = Math.min(data.length, at + INFLATE_CHUNK);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ZipRefusedError) throw err;
    refuse(`entry "${entry.name}" has damaged compressed data (${err instanceof Error ? err.message : String(err)})`, 'damaged');
  }
  if (!done && size < head) refuse(`entry "${entry.name}" has truncated compressed data`, 'damaged');
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
  const entries = readEntriesFromBytes(bytes, lim);
  checkDeclared(entries, lim);
  const spend = inflationBudget(bytes.length, lim);
  let left = lim.maxTotalUncompressed;
  const out = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/') || (filter && !filter(entry.name))) continue;
    const start = structural(() =>
      entryDataStart(bytes.subarray(entry.localHeaderOffset, entry.localHeaderOffset + LOCAL_HEADER_BYTES), entry),
    );
    if (start + entry.compressedSize > bytes.length) refuse(`data of "${entry.name}" runs past the end of the file`, 'damaged');
    const cap = Math.min(entry.uncompressedSize, lim.maxEntryUncompressed, left);
    const data = inflateEntry(bytes.subarray(start, start + entry.compressedSize), entry, cap);
    left = spend(entry, data.length);
    out.set(entry.name, data);
  }
  return out;
}

/**
 * The first `headBytes` of each accepted entry, inflated no further (the archive checked as by
 * safeUnzip): a first look at long parts (a sheet's first rows) without inflating them whole.
 * `cut` names the entries that go on past what is given.
 */
export function safeUnzipHeads(
  bytes: Uint8Array,
  headBytes: number,
  limits?: Partial<ZipLimits>,
): { files: Map<string, Uint8Array>; cut: Set<string> } {
  const lim = resolveLimits(limits);
  const entries = readEntriesFromBytes(bytes, lim);
  checkDeclared(entries, lim);
  const files = new Map<string, Uint8Array>();
  const cut = new Set<string>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const start = structural(() =>
      entryDataStart(bytes.subarray(entry.localHeaderOffset, entry.localHeaderOffset + LOCAL_HEADER_BYTES), entry),
    );
    if (start + entry.compressedSize > bytes.length) refuse(`data of "${entry.name}" runs past the end of the file`, 'damaged');
    const data = inflateEntry(
      bytes.subarray(start, start + entry.compressedSize),
      entry,
      Math.min(entry.uncompressedSize, lim.maxEntryUncompressed),
      headBytes,
    );
    if (data.length >= headBytes && entry.uncompressedSize > data.length) cut.add(entry.name);
    files.set(entry.name, data.length > headBytes ? data.subarray(0, headBytes) : data);
  }
  return { files, cut };
}

/** RandomAccess over bytes already in memory. */
export function bytesAccess(bytes: Uint8Array): RandomAccess {
  return { size: bytes.length, read: (offset, length) => Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))) };
}

async function readExactly(access: RandomAccess, offset: number, length: number, what: string): Promise<Uint8Array> {
  if (offset < 0 || offset + length > access.size) refuse(`${what} runs past the end of the file (truncated zip)`, 'damaged');
  const bytes = await access.read(offset, length);
  if (bytes.length !== length) refuse(`${what} could not be read whole (truncated zip)`, 'damaged');
  return bytes;
}

/**
 * Opens a zip through random access: the central directory is read and checked first (every
 * limit above), then each entry is read and inflated only when asked for. Memory follows the
 * largest entry, not the archive.
 */
export async function openZip(access: RandomAccess, limits?: Partial<ZipLimits>): Promise<ZipArchive> {
  const lim = resolveLimits(limits);
  const tailOffset = Math.max(0, access.size - ZIP_TAIL_BYTES);
  const tail = await readExactly(access, tailOffset, access.size - tailOffset, 'the end of the archive');
  const found = structural(() => readZipEnd(tail, tailOffset));
  let end: ZipEnd;
  if ('end' in found) end = found.end;
  else {
    const record = await readExactly(access, found.eocd64Offset, EOCD64_BYTES, 'the ZIP64 end record');
    end = structural(() => found.finish(record));
  }
  const cd = await readExactly(access, end.cdOffset, end.cdSize, 'the central directory');
  const entries = structural(() => parseCentralDirectory(cd, end, lim.maxEntries));
  checkDeclared(entries, lim);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const spend = inflationBudget(access.size, lim);
  let left = lim.maxTotalUncompressed;
  return {
    entries: entries.map(info),
    async read(name) {
      const entry = byName.get(name);
      if (!entry || entry.name.endsWith('/')) throw new ZipRefusedError(`zip has no entry "${name}"`, 'damaged');
      const header = await readExactly(access, entry.localHeaderOffset, LOCAL_HEADER_BYTES, `the local header of "${entry.name}"`);
      const start = structural(() => entryDataStart(header, entry));
      const data = await readExactly(access, start, entry.compressedSize, `the data of "${entry.name}"`);
      const out = inflateEntry(data, entry, Math.min(entry.uncompressedSize, lim.maxEntryUncompressed, left));
      left = spend(entry, out.length);
      return out;
    },
  };
}
