import { normaliseQueuePath } from '@shared/queue/queue-path';
import { safeUnzip } from '@shared/zip/safe-unzip';
import type { QueueSource } from '@shared/queue/queue-source';

/**
 * Turns what a browser hands over (a picked .zip, a picked folder's files, a dropped folder)
 * into a QueueSource. Every error names the file or folder the user chose, because that is
 * the only name they know.
 */

/** A file with its path relative to what the user picked ("week-47/1004973/sow.pdf"). */
export interface LocatedFile {
  path: string;
  file: File;
}

const MANIFESTS = ['queue.json', 'claims.csv'] as const;
/** Files that archivers and OSes add and that are never part of a queue. */
const JUNK = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/;

/** Decodes a manifest, honouring a UTF-8 or UTF-16 byte-order mark (Excel writes UTF-16 CSV). */
export function decodeManifest(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Drops one shared top folder ("week-47/queue.json" -> "queue.json") when the manifest is not
 * at the root: zips made by "compress folder" and folder pickers both add it.
 */
export function stripTopFolder(paths: readonly string[]): { prefix: string; paths: string[] } {
  const clean = paths.filter((p) => !JUNK.test(p));
  if (clean.some((p) => MANIFESTS.some((m) => p === m))) return { prefix: '', paths: clean };
  const tops = new Set(clean.map((p) => (p.includes('/') ? p.slice(0, p.indexOf('/') + 1) : '')));
  const [only] = [...tops];
  if (tops.size === 1 && only) return { prefix: only, paths: clean.map((p) => p.slice(only.length)) };
  return { prefix: '', paths: clean };
}

function pickManifest(paths: readonly string[], label: string): 'queue.json' | 'claims.csv' {
  for (const m of MANIFESTS) if (paths.includes(m)) return m;
  throw new Error(`${label} has no queue.json (nor a claims.csv) at its top level`);
}

function guardPath(path: string, label: string): string {
  const checked = normaliseQueuePath(path);
  if (!checked.ok) throw new Error(`${label}: refused "${path}": ${checked.reason}`);
  return checked.path;
}

/** A QueueSource over a .zip's bytes (refused by safe-unzip's limits before inflating). */
export function queueSourceFromZipBytes(label: string, bytes: Uint8Array): QueueSource {
  let entries: Map<string, Uint8Array>;
  try {
    entries = safeUnzip(bytes);
  } catch (error) {
    throw new Error(`${label} could not be opened: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const names = [...entries.keys()].filter((n) => !n.endsWith('/'));
  const { prefix, paths } = stripTopFolder(names);
  const manifestName = pickManifest(paths, label);
  const manifest = entries.get(prefix + manifestName);
  if (!manifest) throw new Error(`${label} has no ${manifestName}`);
  return {
    source: 'zip',
    label,
    manifestName,
    manifestText: decodeManifest(manifest),
    files: paths,
    // Errors become rejections: a refused path must reject, not throw at the call.
    readFile: (path) =>
      Promise.resolve().then(() => {
        const safe = guardPath(path, label);
        const data = entries.get(prefix + safe);
        if (!data) throw new Error(`${label} has no file "${safe}"`);
        return data;
      }),
  };
}

/** A QueueSource over a folder's files (picked with webkitdirectory or dropped). */
export async function queueSourceFromLocatedFiles(located: readonly LocatedFile[], fallbackLabel: string): Promise<QueueSource> {
  const usable = located.filter((f) => !JUNK.test(f.path));
  const { prefix, paths } = stripTopFolder(usable.map((f) => f.path));
  const label = prefix ? prefix.slice(0, -1) : fallbackLabel;
  const byPath = new Map<string, File>();
  usable.forEach((f, i) => {
    const rel = paths[i];
    if (rel !== undefined) byPath.set(rel, f.file);
  });
  const manifestName = pickManifest(paths, label);
  const manifestFile = byPath.get(manifestName);
  if (!manifestFile) throw new Error(`${label} has no ${manifestName}`);
  const manifestText = decodeManifest(new Uint8Array(await manifestFile.arrayBuffer()));
  return {
    source: 'folder',
    label,
    manifestName,
    manifestText,
    files: [...byPath.keys()],
    readFile: async (path) => {
      const safe = guardPath(path, label);
      const file = byPath.get(safe);
      if (!file) throw new Error(`${label} has no file "${safe}"`);
      return new Uint8Array(await file.arrayBuffer());
    },
  };
}

/** Where a File sits inside what the user picked: the folder picker's path, else its name. */
export function relativePathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

/**
 * One .zip, or the files of a folder (webkitRelativePath locates each; a dropped folder's
 * files get it from dropped-files.ts).
 */
export async function queueSourceFromFiles(files: readonly File[]): Promise<QueueSource> {
  const [first] = files;
  if (!first) throw new Error('No files were chosen');
  if (files.length === 1 && /\.zip$/i.test(first.name)) {
    return queueSourceFromZipBytes(first.name, new Uint8Array(await first.arrayBuffer()));
  }
  return queueSourceFromLocatedFiles(
    files.map((file) => ({ path: relativePathOf(file), file })),
    'the chosen files',
  );
}
