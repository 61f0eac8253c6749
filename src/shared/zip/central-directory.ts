import { strFromU8 } from 'fflate';

/**
 * Reads a zip's end records (ZIP64 included) and central directory without inflating anything,
 * and checks the layout of the local records the directory points at. Pure: bytes in, records
 * out. Throws plain Errors with a reason; safe-unzip turns them into ZipRefusedError.
 */

export interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Bytes of the name as stored. */
  nameBytes: number;
  /** Where the next local record (or the central directory) starts: this entry's data must end before it. */
  recordEnd: number;
}

/** Where the central directory is, from the end records. */
export interface ZipEnd {
  count: number;
  cdOffset: number;
  cdSize: number;
}

const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CEN_SIG = 0x02014b50;
export const LOCAL_SIG = 0x04034b50;
export const LOCAL_HEADER_BYTES = 30;
const CEN_HEADER_BYTES = 46;
/** The EOCD record is 22 bytes plus a comment of at most 65535 bytes; the ZIP64 locator (20) sits before it. */
export const ZIP_TAIL_BYTES = 22 + 0xffff + 20;
export const EOCD64_BYTES = 56;

export function u16(b: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > b.length) throw new Error('zip record runs past the end of the file');
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

export function u32(b: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > b.length) throw new Error('zip record runs past the end of the file');
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;
}

function u64(b: Uint8Array, at: number): number {
  const value = u32(b, at) + u32(b, at + 4) * 0x100000000;
  if (!Number.isSafeInteger(value)) throw new Error('ZIP64 size or offset too large');
  return value;
}

function findEocd(tail: Uint8Array): number {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06 && u32(tail, i) === EOCD_SIG) return i;
  }
  return -1;
}

/**
 * Reads the end records from the last ZIP_TAIL_BYTES of the file (`tail`, starting at file offset
 * `tailOffset`). When the archive is ZIP64, `eocd64Offset` says where the ZIP64 end record is and
 * `finish` takes its EOCD64_BYTES bytes; otherwise `end` is complete.
 */
export function readZipEnd(
  tail: Uint8Array,
  tailOffset: number,
): { end: ZipEnd } | { eocd64Offset: number; finish: (record: Uint8Array) => ZipEnd } {
  const eocd = findEocd(tail);
  if (eocd < 0) throw new Error('no zip central directory found (file truncated or not a zip)');
  const count = u16(tail, eocd + 10);
  const cdSize = u32(tail, eocd + 12);
  const cdOffset = u32(tail, eocd + 16);
  const zip64 = count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff;
  const locator = eocd - 20;
  if (!zip64 || locator < 0 || u32(tail, locator) !== EOCD64_LOCATOR_SIG) {
    if (zip64 && count === 0xffff && cdSize !== 0xffffffff && cdOffset !== 0xffffffff) {
      // Some writers leave out the ZIP64 records when only the count overflows: count the directory instead.
      return { end: { count: -1, cdOffset, cdSize } };
    }
    if (zip64) throw new Error('ZIP64 end record is missing (damaged zip)');
    return { end: { count, cdOffset, cdSize } };
  }
  const eocd64Offset = u64(tail, locator + 8);
  if (eocd64Offset + EOCD64_BYTES > tailOffset + locator) throw new Error('ZIP64 end record lies outside the file (damaged zip)');
  return {
    eocd64Offset,
    finish: (record) => {
      if (u32(record, 0) !== EOCD64_SIG) throw new Error('ZIP64 end record is damaged');
      return { count: u64(record, 32), cdSize: u64(record, 40), cdOffset: u64(record, 48) };
    },
  };
}

/** General-purpose flag bit 11: the name is UTF-8; otherwise CP437, read here as Latin-1. */
function decodeName(raw: Uint8Array, flags: number): string {
  return strFromU8(raw, (flags & 0x800) === 0);
}

/** ZIP64 extended information (extra field 0x0001): the 8-byte values whose 32-bit fields are 0xffffffff, in order. */
function zip64Values(
  extra: Uint8Array,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = u16(extra, at);
    const size = u16(extra, at + 2);
    if (id === 0x0001) {
      const field = extra.subarray(at + 4, at + 4 + size);
      let p = 0;
      const next = (): number => {
        const v = u64(field, p);
        p += 8;
        return v;
      };
      return {
        ...(wanted.uncompressed ? { uncompressed: next() } : {}),
        ...(wanted.compressed ? { compressed: next() } : {}),
        ...(wanted.offset ? { offset: next() } : {}),
      };
    }
    at += 4 + size;
  }
  throw new Error('ZIP64 entry without its extended information (damaged zip)');
}

/**
 * Parses the central directory (`cd`, the cdSize bytes at cdOffset) into entries, then checks
 * that the local records it points at come in the same order and do not overlap: two entries
 * sharing one compressed record is how a 72 KB zip claims gigabytes past a ratio check.
 */
export function parseCentralDirectory(cd: Uint8Array, end: ZipEnd, maxEntries: number): CentralEntry[] {
  if (end.count > maxEntries) throw new Error(`too many entries (${end.count} > ${maxEntries})`);
  const entries: CentralEntry[] = [];
  let at = 0;
  const known = end.count >= 0;
  for (let i = 0; known ? i < end.count : at < cd.length; i++) {
    if (entries.length >= maxEntries) throw new Error(`too many entries (more than ${maxEntries})`);
    if (u32(cd, at) !== CEN_SIG) throw new Error(`central directory entry ${i + 1} is damaged`);
    const flags = u16(cd, at + 8);
    const method = u16(cd, at + 10);
    let compressedSize = u32(cd, at + 20);
    let uncompressedSize = u32(cd, at + 24);
    const nameLen = u16(cd, at + 28);
    const extraLen = u16(cd, at + 30);
    const commentLen = u16(cd, at + 32);
    let localHeaderOffset = u32(cd, at + 42);
    const nameStart = at + CEN_HEADER_BYTES;
    if (nameStart + nameLen + extraLen > cd.length) throw new Error('central directory runs past its end');
    const name = decodeName(cd.subarray(nameStart, nameStart + nameLen), flags);
    const wanted = {
      uncompressed: uncompressedSize === 0xffffffff,
      compressed: compressedSize === 0xffffffff,
      offset: localHeaderOffset === 0xffffffff,
    };
    if (wanted.uncompressed || wanted.compressed || wanted.offset) {
      const big = zip64Values(cd.subarray(nameStart + nameLen, nameStart + nameLen + extraLen), wanted);
      uncompressedSize = big.uncompressed ?? uncompressedSize;
      compressedSize = big.compressed ?? compressedSize;
      localHeaderOffset = big.offset ?? localHeaderOffset;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset, nameBytes: nameLen, recordEnd: 0 });
    at = nameStart + nameLen + extraLen + commentLen;
  }
  checkLayout(entries, end.cdOffset);
  return entries;
}

/** Local records in directory order, each ending before the next begins; sets recordEnd. */
function checkLayout(entries: CentralEntry[], cdOffset: number): void {
  const seen = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    // Two entries with one name let the file listed differ from the file read.
    if (seen.has(e.name)) throw new Error(`duplicate entry "${e.name}"`);
    seen.add(e.name);
    const next = entries[i + 1];
    const nextStart = next ? next.localHeaderOffset : cdOffset;
    if (next && next.localHeaderOffset <= e.localHeaderOffset) {
      throw new Error(`entries "${e.name}" and "${next.name}" are out of order or share one local record (overlapping entries)`);
    }
    const minimalEnd = e.localHeaderOffset + LOCAL_HEADER_BYTES + e.nameBytes + e.compressedSize;
    if (minimalEnd > nextStart) {
      throw new Error(
        next ? `entry "${e.name}" overlaps "${next.name}" (overlapping entries)` : `entry "${e.name}" overlaps the central directory`,
      );
    }
    e.recordEnd = nextStart;
  }
}

/** Offset of an entry's data from its local header (`header`: at least the 30 bytes at localHeaderOffset). */
export function entryDataStart(header: Uint8Array, entry: CentralEntry): number {
  if (u32(header, 0) !== LOCAL_SIG) throw new Error(`local header of "${entry.name}" is missing`);
  const start = entry.localHeaderOffset + LOCAL_HEADER_BYTES + u16(header, 26) + u16(header, 28);
  if (start + entry.compressedSize > entry.recordEnd)
    throw new Error(`data of "${entry.name}" overlaps the next record (overlapping entries)`);
  return start;
}
