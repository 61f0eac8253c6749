import { LIMITS, clip, formatBytes } from '../limits';
import { QUEUE_ZIP_LIMITS, ZipRefusedError, openZip, type RandomAccess } from '../zip/safe-unzip';
import { decodeManifestBytes } from './decode-manifest';
import { normaliseQueuePath } from './queue-path';
import type { QueueSource } from './queue-source';

/**
 * The one way from bytes to a queue. Every platform lists what it has (a folder walked in Node,
 * a folder picked or dropped in a browser, a .zip read through random access, the sample queue
 * over HTTP) as a QueueTree; this module strips junk entries, finds the queue in a single
 * sub-folder, picks and decodes the manifest, and guards every read, so the app, the desktop
 * shell and `check` accept, refuse and word things alike.
 */

export const MANIFEST_NAMES = ['queue.json', 'claims.csv'] as const;
export type ManifestName = (typeof MANIFEST_NAMES)[number];

/** What a platform found: every file path (junk included), and how to read one. */
export interface QueueTree {
  source: QueueSource['source'];
  /** The folder or file the user chose, for messages. */
  label: string;
  /** Relative paths with "/" separators, exactly as found. */
  paths: readonly string[];
  /** Reads one of `paths`; platform checks (symlinks, file types) happen here. */
  read(path: string): Promise<Uint8Array>;
  /** The size when known before reading, so a file over the limit is refused unread. */
  size?(path: string): number | undefined;
}

/** A file that may not or cannot be read; the message names the queue-relative path. */
export class QueueFileError extends Error {
  override name = 'QueueFileError';
  constructor(
    readonly path: string,
    message: string,
    /** 'refused': unsafe, too big, or not a document; 'not-found': no such file; 'unreadable': the platform said no. */
    readonly kind: 'refused' | 'not-found' | 'unreadable' = 'refused',
  ) {
    super(message);
  }
}

/** Files that archivers and operating systems add and that are never part of a queue. */
export function isJunkPath(path: string): boolean {
  const segments = path.split('/');
  const name = segments[segments.length - 1] ?? '';
  if (segments.slice(0, -1).includes('__MACOSX')) return true;
  return name === '.DS_Store' || name === 'Thumbs.db' || name === 'desktop.ini' || name.startsWith('._');
}

/**
 * Where the queue sits among `paths`: at the top, or inside the one folder everything else is in
 * (a zip made by "compress folder", a picked folder, a parent picked instead of the queue).
 */
export function locateQueue(paths: readonly string[]): { prefix: string; manifestName: ManifestName } | null {
  const clean = paths.filter((p) => !isJunkPath(p));
  const top = new Set(clean);
  const atTop = MANIFEST_NAMES.find((m) => top.has(m));
  if (atTop) return { prefix: '', manifestName: atTop };
  const folders = new Set(clean.map((p) => (p.includes('/') ? p.slice(0, p.indexOf('/') + 1) : '')));
  const [only] = folders;
  if (folders.size !== 1 || !only) return null;
  const inner = MANIFEST_NAMES.find((m) => top.has(only + m));
  return inner ? { prefix: only, manifestName: inner } : null;
}

function tooBig(path: string, size: number): QueueFileError {
  return new QueueFileError(
    path,
    `"${clip(path)}" refused: ${formatBytes(size)} is over the ${formatBytes(LIMITS.documentBytes)} limit for one file`,
  );
}

/** Turns a platform's tree into the QueueSource every importer reads. Rejects naming the label. */
export async function queueSourceFromTree(tree: QueueTree): Promise<QueueSource> {
  if (tree.paths.length > LIMITS.queueFiles) throw new Error(`"${tree.label}" refused: it holds more than ${LIMITS.queueFiles} files`);
  const found = locateQueue(tree.paths);
  if (!found) throw new Error(`"${tree.label}" is not a queue: it has no queue.json or claims.csv`);
  const { prefix, manifestName } = found;
  const files = tree.paths
    .filter((p) => p.startsWith(prefix) && !isJunkPath(p))
    .map((p) => p.slice(prefix.length))
    .filter((p) => normaliseQueuePath(p).ok)
    .sort();
  const listed = new Set(files);
  const read = async (path: string, limit: number): Promise<Uint8Array> => {
    const checked = normaliseQueuePath(path);
    if (!checked.ok) throw new QueueFileError(path, `"${clip(path)}" refused: ${checked.reason}`);
    if (!listed.has(checked.path)) throw new QueueFileError(path, `"${clip(checked.path)}" not found in the queue`, 'not-found');
    const size = tree.size?.(prefix + checked.path);
    if (size !== undefined && size > limit) throw tooBig(checked.path, size);
    let bytes: Uint8Array;
    try {
      bytes = await tree.read(prefix + checked.path);
    } catch (err) {
      if (err instanceof QueueFileError) throw err;
      if (err instanceof ZipRefusedError) throw new QueueFileError(path, `"${clip(checked.path)}" refused: ${err.message}`);
      throw new QueueFileError(
        path,
        `"${clip(checked.path)}" could not be read (${err instanceof Error ? err.message : String(err)})`,
        'unreadable',
      );
    }
    if (bytes.byteLength > limit) throw tooBig(checked.path, bytes.byteLength);
    return bytes;
  };
  const manifest = await read(manifestName, LIMITS.manifestBytes).catch((err: unknown) => {
    throw new Error(`"${tree.label}": ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  });
  return {
    source: tree.source,
    label: tree.label,
    manifestName,
    manifestText: decodeManifestBytes(manifest),
    files,
    readFile: (path) => read(path, LIMITS.documentBytes),
  };
}

/**
 * A queue .zip through random access: refused as a whole (naming the entry) when its directory
 * is unsafe (bad or duplicate names, overlapping records, too many entries, declared bombs);
 * each document is inflated only when read.
 */
export async function queueSourceFromZip(label: string, access: RandomAccess): Promise<QueueSource> {
  if (access.size > LIMITS.queueZipBytes) {
    throw new Error(
      `"${label}" refused: ${formatBytes(access.size)} is over the ${formatBytes(LIMITS.queueZipBytes)} limit for a queue .zip`,
    );
  }
  const archive = await openZip(access, QUEUE_ZIP_LIMITS).catch((err: unknown) => {
    throw new Error(`"${label}" ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  });
  const sizes = new Map(archive.entries.filter((e) => !e.isDirectory).map((e) => [e.name, e.uncompressedSize]));
  return queueSourceFromTree({ source: 'zip', label, paths: [...sizes.keys()], read: (p) => archive.read(p), size: (p) => sizes.get(p) });
}
