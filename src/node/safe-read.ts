import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { formatBytes } from '@shared/limits';
import { QueueFileError } from '@shared/queue/open-queue';
import { isInsideSegments, normaliseQueuePath, pathSegments } from '@shared/queue/queue-path';

export { QueueFileError };

function describeNonFile(s: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function errorCode(err: unknown): string | undefined {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/** Segment comparison of two realpaths; Windows paths compare case-insensitively. */
export function isRealPathInside(realRoot: string, realChild: string): boolean {
  const separator = sep === '\\' ? '\\' : '/';
  return isInsideSegments(pathSegments(realRoot, separator), pathSegments(realChild, separator), separator === '\\');
}

/**
 * Reads `rel` from inside `realRoot` (already a realpath). Refuses, with a QueueFileError naming
 * `rel`: unsafe paths, missing files, links resolving outside the root, anything but a regular
 * file (folders, FIFOs, devices), and files over `maxBytes`. Opening uses O_NONBLOCK so a FIFO
 * swapped in after the check cannot hang the read, and O_NOFOLLOW so a final-component symlink
 * swapped in is refused; the opened handle is checked again before reading.
 */
export async function readFileInsideRoot(realRoot: string, rel: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const checked = normaliseQueuePath(rel);
  if (!checked.ok) throw new QueueFileError(rel, `"${rel}" refused: ${checked.reason}`);
  const candidate = join(realRoot, ...checked.path.split('/'));
  let real: string;
  try {
    real = await realpath(candidate);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new QueueFileError(rel, `"${rel}" not found in the queue`, 'not-found');
    if (code === 'ELOOP') throw new QueueFileError(rel, `"${rel}" refused: symbolic link loop`);
    throw new QueueFileError(rel, `"${rel}" could not be read (${code ?? String(err)})`, 'unreadable');
  }
  if (!isRealPathInside(realRoot, real)) throw new QueueFileError(rel, `"${rel}" refused: it is a link that leads outside the queue`);
  const info = await stat(real);
  if (!info.isFile()) throw new QueueFileError(rel, `"${rel}" refused: it is ${describeNonFile(info)}, not a document`);
  if (info.size > maxBytes) {
    throw new QueueFileError(rel, `"${rel}" refused: ${formatBytes(info.size)} is over the ${formatBytes(maxBytes)} limit for one file`);
  }
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  const handle = await open(real, flags).catch((err: unknown) => {
    throw new QueueFileError(rel, `"${rel}" could not be opened (${errorCode(err) ?? String(err)})`, 'unreadable');
  });
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev) {
      throw new QueueFileError(rel, `"${rel}" refused: it changed while being opened`);
    }
    const size = Math.min(opened.size, maxBytes);
    const buffer = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === size ? buffer : buffer.slice(0, filled);
  } finally {
    await handle.close();
  }
}
