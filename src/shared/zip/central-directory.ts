import { strFromU8 } from 'fflate';

/**
 * Reads a zip's end-of-central-directory record and central directory without inflating
 * anything. Pure: bytes in, records out. Throws plain Errors with a reason; safe-unzip turns
 * them into ZipRefusedError.
 */

export interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
export const LOCAL_SIG = 0x04034b50;
/** The EOCD record is 22 bytes plus a comment of at most 65535 bytes. */
const EOCD_MAX_SCAN = 22 + 0xffff;

export function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new Error('zip record runs past the end of the file');
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

export function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new Error('zip record runs past the end of the file');
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;
}

function findEocd(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - EOCD_MAX_SCAN);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06 && u32(bytes, i) === EOCD_SIG) {
      return i;
    }
  }
  return -1;
}

/** General-purpose flag bit 11: the name is UTF-8; otherwise CP437, read here as Latin-1. */
function decodeName(raw: Uint8Array, flags: number): string {
  return strFromU8(raw, (flags & 0x800) === 0);
}

export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): CentralEntry[] {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw new Error('no zip central directory found (file truncated or not a zip)');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  // ZIP64 markers: Office files never need them at the sizes we accept.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new Error('ZIP64 archives are not supported');
  }
  if (count > maxEntries) throw new Error(`too many entries (${count} > ${maxEntries})`);
  if (cdOffset + cdSize > eocd) throw new Error('central directory lies outside the file (truncated zip)');
  const entries: CentralEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CEN_SIG) throw new Error(`central directory entry ${i + 1} is damaged`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const uncompressedSize = u32(bytes, at + 24);
    const nameLen = u16(bytes, at + 28);
    const extraLen = u16(bytes, at + 30);
    const commentLen = u16(bytes, at + 32);
    const localHeaderOffset = u32(bytes, at + 42);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new Error('ZIP64 entries are not supported');
    }
    const nameStart = at + 46;
    if (nameStart + nameLen > bytes.length) throw new Error('central directory runs past the end of the file');
    const name = decodeName(bytes.subarray(nameStart, nameStart + nameLen), flags);
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    at = nameStart + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Offset of an entry's data, after its local header (whose name/extra lengths may differ). */
export function entryDataOffset(bytes: Uint8Array, entry: CentralEntry): number {
  const at = entry.localHeaderOffset;
  if (u32(bytes, at) !== LOCAL_SIG) throw new Error(`local header of "${entry.name}" is missing`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) throw new Error(`data of "${entry.name}" runs past the end of the file`);
  return start;
}
